using ScottPlot;

namespace Kiosk.Bench.Estimates;

/// <summary>
/// Four panels: MAE by scenario and estimator, coverage against the 0.75–0.85 band, the interval
/// score of the 80 % range, and rises per visit. Held-out scenarios stand apart, right of a dashed line.
/// </summary>
public static class EstimatePlot
{
    private static readonly (string Name, string Colour)[] Estimators =
    [
        (EstimateBenchmark.PeopleAhead, "#9aa5b1"),
        (EstimateBenchmark.RollingAverage, "#d9a441"),
        (EstimateBenchmark.CompetitorWalk, "#7b5ea7"),
        (EstimateBenchmark.Ours, "#0b6e69"),
    ];

    public static void Save(IReadOnlyList<ScenarioResult> results, string path)
    {
        var scenarios = results.GroupBy(r => r.Scenario).Select(g => (Name: g.Key, g.First().HeldOut)).OrderBy(s => s.HeldOut).ToList();
        var plot = new Multiplot();
        plot.AddPlots(4);
        Bars(plot.GetPlot(0), scenarios, results, r => r.MaeMinutes, "Mean absolute error of the wait told at check-in (min)");
        var coverage = plot.GetPlot(1);
        Bars(coverage, scenarios, results, r => r.Coverage80, "Share of waits inside the range told (target 0.75–0.85)");
        coverage.Add.VerticalSpan(0.75, 0.85).FillStyle.Color = Color.FromHex("#0b6e69").WithAlpha(0.12);
        Bars(plot.GetPlot(2), scenarios, results, r => r.IntervalScore, "Interval score of the 80 % range told at check-in (width + 10 × minutes outside; lower is better)");
        Bars(plot.GetPlot(3), scenarios, results, r => r.RisesPerVisit, "Rises per visit: the likely wait shown going up by more than 5 min (target ≤ half of A's)");
        plot.SavePng(path, 1400, 2400);
    }

    private static void Bars(Plot plot, List<(string Name, bool HeldOut)> scenarios, IReadOnlyList<ScenarioResult> results, Func<ScenarioResult, double> value, string title)
    {
        // Held-out scenarios sit one slot further right, behind a dashed line.
        double Position(int i) => i + (scenarios[i].HeldOut ? 1 : 0);
        var width = 0.8 / Estimators.Length;
        for (var e = 0; e < Estimators.Length; e++)
        {
            var (name, colour) = Estimators[e];
            var bars = scenarios.Select((s, i) => new Bar
            {
                Position = Position(i) + ((e - ((Estimators.Length - 1) / 2.0)) * width),
                Value = results.Where(r => r.Scenario == s.Name && r.Estimator == name).Select(value).FirstOrDefault(),
                Size = width,
                FillColor = Color.FromHex(colour),
            }).ToList();
            plot.Add.Bars(bars).LegendText = name;
        }

        if (scenarios.FindIndex(s => s.HeldOut) is > 0 and var firstHeldOut)
        {
            var line = plot.Add.VerticalLine(Position(firstHeldOut) - 1);
            line.LinePattern = LinePattern.Dashed;
            line.LineColor = Colors.Gray;
        }

        plot.Axes.Bottom.SetTicks(
            [.. scenarios.Select((_, i) => Position(i))],
            [.. scenarios.Select(s => s.HeldOut ? $"{s.Name} (held out)" : s.Name)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperRight);
    }
}
