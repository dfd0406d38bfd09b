using ScottPlot;

namespace Kiosk.Bench.Estimates;

/// <summary>Two panels: MAE by scenario and estimator, and coverage against the 0.75–0.85 band.</summary>
public static class EstimatePlot
{
    private static readonly (string Name, string Colour)[] Estimators =
    [
        (EstimateBenchmark.PeopleAhead, "#9aa5b1"),
        (EstimateBenchmark.RollingAverage, "#d9a441"),
        (EstimateBenchmark.Ours, "#0b6e69"),
    ];

    public static void Save(IReadOnlyList<ScenarioResult> results, string path)
    {
        var scenarios = results.Select(r => r.Scenario).Distinct().ToList();
        var plot = new Multiplot();
        plot.AddPlots(2);
        Bars(plot.GetPlot(0), scenarios, results, r => r.MaeMinutes, "Mean absolute error of the wait told at check-in (min)");
        var coverage = plot.GetPlot(1);
        Bars(coverage, scenarios, results, r => r.Coverage80, "Share of waits inside the range told (target 0.75–0.85)");
        coverage.Add.VerticalSpan(0.75, 0.85).FillStyle.Color = Color.FromHex("#0b6e69").WithAlpha(0.12);
        plot.SavePng(path, 1400, 1300);
    }

    private static void Bars(Plot plot, List<string> scenarios, IReadOnlyList<ScenarioResult> results, Func<ScenarioResult, double> value, string title)
    {
        var width = 0.8 / Estimators.Length;
        for (var e = 0; e < Estimators.Length; e++)
        {
            var (name, colour) = Estimators[e];
            var bars = scenarios.Select((s, i) => new Bar
            {
                Position = i + ((e - 1) * width),
                Value = results.Where(r => r.Scenario == s && r.Estimator == name).Select(value).FirstOrDefault(),
                Size = width,
                FillColor = Color.FromHex(colour),
            }).ToList();
            plot.Add.Bars(bars).LegendText = name;
        }

        plot.Axes.Bottom.SetTicks([.. scenarios.Select((_, i) => (double)i)], [.. scenarios]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperRight);
    }
}
