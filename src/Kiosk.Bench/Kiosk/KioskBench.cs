namespace Kiosk.Bench.Kiosk;

/// <summary>Runs the tap benchmark and writes docs/benchmarks/kiosk.{json,md,png}.</summary>
public static class KioskBench
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        KioskBenchOptions options;
        try
        {
            options = KioskBenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var loadBefore = LoadAverage();
        var (samples, taps) = await TapBenchmark.RunAsync(options.Url, options.Taps, options.Chromium, Console.Error.WriteLine);
        var stats = TapStats.From([.. samples.Select(s => s.Ms)], taps);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        await File.WriteAllTextAsync(options.Out, stats.Json() + "\n");
        var plot = Path.ChangeExtension(options.Out, ".png");
        TapPlot.Save(samples, stats, plot);
        await File.WriteAllTextAsync(options.Doc, stats.Markdown(samples, options.Command, $"{Machine.Describe()}; load average {loadBefore} before and {LoadAverage()} after the run", Path.GetFileName(plot)));
        Console.WriteLine($"tap p50 {stats.P50Ms:0.0} ms · p95 {stats.P95Ms:0.0} ms · taps to check in, keys included: {taps.NamePath} by name, {taps.CodePath} by code, {taps.WalkIn} walking in ({samples.Count} taps measured)");
        Console.WriteLine($"Wrote {options.Out}, {options.Doc} and {plot}.");
        return 0;
    }

    /// <summary>The 1-minute load average: other work on the machine slows every tap, so the page says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
