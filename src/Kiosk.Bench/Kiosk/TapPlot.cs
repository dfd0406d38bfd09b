using ScottPlot;

namespace Kiosk.Bench.Kiosk;

/// <summary>Every measured tap in order, coloured by kind, with the p95 and the 100 ms target drawn across.</summary>
public static class TapPlot
{
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["key"] = "#0b6e69",
        ["step"] = "#1a4fd6",
        ["message"] = "#d9a441",
    };

    public static void Save(IReadOnlyList<TapSample> samples, TapStats stats, string path)
    {
        var plot = new Plot();
        foreach (var kind in samples.Select(s => s.Kind).Distinct())
        {
            var xs = samples.Select((s, i) => (s, i)).Where(p => p.s.Kind == kind).Select(p => (double)p.i + 1).ToArray();
            var ys = samples.Where(s => s.Kind == kind).Select(s => s.Ms).ToArray();
            var points = plot.Add.ScatterPoints(xs, ys);
            points.Color = Color.FromHex(Colours.GetValueOrDefault(kind, "#485361"));
            points.MarkerSize = 6;
            points.LegendText = kind;
        }

        var p95 = plot.Add.HorizontalLine(stats.P95Ms);
        p95.LinePattern = LinePattern.Dashed;
        p95.LegendText = $"p95 {stats.P95Ms:0.0} ms";
        var target = plot.Add.HorizontalLine(100);
        target.LineColor = Colors.Red;
        target.LegendText = "target 100 ms";
        plot.Axes.SetLimitsY(0, Math.Max(110, samples.Max(s => s.Ms) * 1.1));
        plot.XLabel("tap");
        plot.YLabel("tap to visible response (ms)");
        plot.Title("Kiosk: tap to visible response");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1200, 600);
    }
}
