using System.Globalization;
using System.Text;
using ScottPlot;

namespace Kiosk.Bench.Hub;

/// <summary>The bench hub section of docs/benchmarks/hub.md, against the issue's targets, and its plot.</summary>
public static class FanOutReport
{
    public static async Task WriteAsync(FanOutRun run, string markdownPath, string plotPath)
    {
        await BenchPage.WriteSectionAsync(markdownPath, "hub", Markdown(run, Path.GetFileName(plotPath)));
        Plot(run, plotPath);
    }

    public static string Markdown(FanOutRun run, string plotFile)
    {
        static string Ms(double value) => double.IsFinite(value) ? value.ToString(value < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) : "—";
        var md = new StringBuilder();
        md.AppendLine("## Pushes to phones: the product against a bare SignalR hub");
        md.AppendLine();
        md.AppendLine($"`{run.Command}` — {run.Machine}.");
        md.AppendLine();
        md.AppendLine($"""
            One busy room (three providers; `src/Kiosk.Bench/Views/BusyRoom.cs`) with N patients waiting, each with a phone: a .NET
            SignalR client over a WebSocket watching its own ticket, all from this machine's loopback. The hub is the product's Release
            build in its own process, on SQLite for one node, on PostgreSQL with the Redis backplane for two (phones spread over both,
            reception and the kiosk on the first). Reception and a kiosk make {run.Rate:0.##} change(s) a second on a fixed schedule, in
            turn: the head of a line called, the call undone, a walk-in, a provider running late or no longer; {run.Changes} changes are
            timed after a few of warm-up. Latency is from the change's **scheduled** moment to each phone receiving its new view, so a
            hub that falls behind the schedule shows it in every figure after. Then the same phones connect to a **bare ASP.NET Core
            SignalR hub** in its own process (`src/Kiosk.Bench/Hub/BareHub.cs`) that, for each change, sends the view the product sent
            to exactly the tickets the product sent it to, and nothing else: no database, no forecast. The load generator collects
            its garbage before each change and runs the change's window in a no-GC region; windows where that did not hold are counted.
            RSS per connection is the hub's resident memory after the phones connected less before, over N. "Dropped": connections
            that closed, plus phones whose last pushed place or status differs from their ticket's when asked at the end.
            """);
        md.AppendLine();
        md.AppendLine("| Phones | Nodes | p50 ms product / bare | p95 ms product / bare | p99 ms product / bare | max ms | p99 ÷ bare | Dropped | RSS KB/conn product / bare | Hub CPU ms per change product / bare | Changes/s achieved | Our GC in a window |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in run.Rows)
        {
            var (p, b) = (r.Product, r.Bare);
            md.AppendLine($"| {r.Clients:N0} | {r.Nodes} | {Ms(p.P50)} / {Ms(b.P50)} | {Ms(p.P95)} / {Ms(b.P95)} | {Ms(p.P99)} / {Ms(b.P99)} | {Ms(p.Max)} | {r.RatioP99:F1}× | "
                + $"{p.Dropped} / {b.Dropped} | {p.RssPerConnectionKb:F1} / {b.RssPerConnectionKb:F1} | {p.CpuMsPerChange:F0} / {b.CpuMsPerChange:F0} | "
                + $"{p.ChangesPerSecond:F2} | {p.GcInWindow} / {b.GcInWindow} |");
        }

        md.AppendLine();
        md.AppendLine($"Hub cold start (process start to `/healthz` 200, the median of {run.ColdStarts}, Release build, a migrated database): **{(run.HubColdStartMs is { } c ? $"{c:F0} ms" : "not measured")}**. "
            + (run.KioskColdStartMs is { } k
                ? $"Kiosk cold start (process start to its first rendered screen in Chromium, against a running hub, the median of {run.KioskColdStarts}): **{k:F0} ms**, "
                  + $"and {run.KioskUsableMs:F0} ms to the first screen that answers taps."
                : "Kiosk cold start: not measured in this run."));
        md.AppendLine();
        md.AppendLine("Targets (issue 21): 10,000 phones on one node with nothing dropped, p99 < 50 ms and ≤ 1.5 × the bare hub's, RSS per connection ≤ 1.3 × the bare hub's; 2,000 across two nodes p95 < 20 ms; hub cold start < 1 s.");
        md.AppendLine();
        foreach (var r in run.Rows)
        {
            var met = new List<string>();
            if (r.Nodes == 1)
            {
                met.Add($"p99 {Ms(r.Product.P99)} ms (< 50 ms: {(r.Product.P99 < 50 ? "met" : "not met")})");
                met.Add($"p99 {r.RatioP99:F1}× bare ({(r.RatioP99 <= 1.5 ? "met" : "not met")})");
                met.Add($"RSS {r.RatioRss:F2}× bare ({(r.RatioRss <= 1.3 ? "met" : "not met")})");
            }
            else
            {
                met.Add($"p95 {Ms(r.Product.P95)} ms (< 20 ms: {(r.Product.P95 < 20 ? "met" : "not met")})");
            }

            met.Add(r.Product.Dropped == 0 ? "nothing dropped" : $"{r.Product.Dropped} dropped");
            md.AppendLine($"- {r.Clients:N0} phones on {r.Nodes} node(s): {string.Join("; ", met)}.");
        }

        md.AppendLine();
        md.AppendLine($"![p50 and p99 against phones, product and bare hub]({plotFile})");
        return md.ToString();
    }

    private static void Plot(FanOutRun run, string path)
    {
        var plot = new Plot();
        var single = run.Rows.Where(r => r.Nodes == 1).OrderBy(r => r.Clients).ToList();
        if (single.Count > 0)
        {
            double[] xs = [.. single.Select(r => (double)r.Clients)];
            // Milliseconds on a log scale (10 to 10,000 ms apart): plotted as log10, labelled as ms.
            void Line(double[] ys, string label, string colour, bool dashed)
            {
                var line = plot.Add.Scatter(xs, [.. ys.Select(Math.Log10)]);
                line.LegendText = label;
                line.Color = Color.FromHex(colour);
                line.LineWidth = 2;
                line.MarkerSize = 7;
                line.LinePattern = dashed ? LinePattern.Dashed : LinePattern.Solid;
            }

            Line([.. single.Select(r => r.Product.P99)], "product p99", "#b3261e", dashed: false);
            Line([.. single.Select(r => r.Product.P50)], "product p50", "#b3261e", dashed: true);
            Line([.. single.Select(r => r.Bare.P99)], "bare hub p99", "#1a4fd6", dashed: false);
            Line([.. single.Select(r => r.Bare.P50)], "bare hub p50", "#1a4fd6", dashed: true);
        }

        var target = plot.Add.HorizontalLine(Math.Log10(50));
        target.LinePattern = LinePattern.Dotted;
        target.LegendText = "target p99 50 ms";
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => $"{Math.Pow(10, y):N0}",
        };
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(0, Math.Log10(Math.Max(100, run.Rows.Max(r => Math.Max(r.Product.P99, r.Bare.P99)) * 2)));
        plot.XLabel("phones watching their tickets (one node)");
        plot.YLabel("scheduled change to phone receiving it (ms, log scale)");
        plot.Title("Hub fan-out: product against a bare SignalR hub");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1200, 600);
    }
}
