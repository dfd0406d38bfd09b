using System.Diagnostics;
using Kiosk.Bench;
using Kiosk.Bench.Estimates;
using Kiosk.Bench.Kiosk;
using Kiosk.Bench.Phone;
using Kiosk.Bench.Restart;
using Kiosk.Bench.Views;

// ./kiosk bench estimates [--scenario FILE]... [--history FILE]... [--seeds N] [--out FILE] [--runs N]
// ./kiosk bench kiosk [--taps N] [--out FILE]   (the script starts a kiosk and hub and adds --url)
// ./kiosk bench restart [--scenario FILE] [--at HH:MM] [--out FILE]
// ./kiosk bench phone [--out FILE]   (the script starts the hub and adds --hub, --kiosk-key and --lighthouse)
// ./kiosk bench views [--out FILE] [--before FILE]
if (args is ["kiosk", .. var kioskArgs])
{
    return await KioskBench.RunAsync(kioskArgs);
}

if (args is ["phone", .. var phoneArgs])
{
    return await PhoneBench.RunAsync(phoneArgs);
}

if (args is ["restart", .. var restartArgs])
{
    return await RestartBench.RunAsync(restartArgs);
}

if (args is ["change", .. var changeArgs])
{
    return await Kiosk.Bench.Hub.ChangeBench.RunAsync(changeArgs);
}

if (args is ["hub", .. var hubArgs])
{
    return await Kiosk.Bench.Hub.FanOutBench.RunAsync(hubArgs);
}

// The baseline the hub benchmark starts as a process of its own.
if (args is ["bare-hub", .. var bareArgs])
{
    return await Kiosk.Bench.Hub.BareHub.RunAsync(bareArgs);
}

if (args is ["views", .. var viewsArgs])
{
    return await ViewsBench.RunAsync(viewsArgs);
}

if (args is not ["estimates", .. var options])
{
    Console.Error.WriteLine("usage: bench estimates [--scenario FILE]... [--history FILE]... [--seeds N] [--out FILE] [--runs N]");
    Console.Error.WriteLine("       bench kiosk --url URL [--taps N] [--out FILE] [--chromium PATH]");
    Console.Error.WriteLine("       bench restart [--scenario FILE] [--at HH:MM] [--out FILE]");
    Console.Error.WriteLine("       bench views [--out FILE] [--before FILE]");
    Console.Error.WriteLine("       bench phone --hub URL --kiosk-key KEY --lighthouse CLI [--out FILE] [--chromium PATH]");
    return 2;
}

BenchOptions parsed;
try
{
    parsed = BenchOptions.Parse(options);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var clock = Stopwatch.StartNew();
IReadOnlyList<ScenarioResult> results =
[
    .. EstimateBenchmark.Run(parsed.Scenarios, parsed.Seeds, parsed.ForecastRuns, Console.Error.WriteLine),
    .. EstimateBenchmark.Run(parsed.Histories, parsed.ForecastRuns, Console.Error.WriteLine),
];
clock.Stop();
Console.WriteLine(EstimateReport.Table(results));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(parsed.Out))!);
await File.WriteAllTextAsync(parsed.Out, EstimateReport.Json(results));
if (parsed.WriteDoc)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(parsed.Doc))!);
    var plot = Path.ChangeExtension(parsed.Doc, ".png");
    EstimatePlot.Save(results, plot);
    await File.WriteAllTextAsync(parsed.Doc, EstimateReport.Markdown(results, parsed.Command, Machine.Describe(), Path.GetFileName(plot), clock.Elapsed));
    Console.WriteLine($"Wrote {parsed.Doc}, {plot} and {parsed.Out}.");
}
else
{
    Console.WriteLine($"Wrote {parsed.Out}.");
}

return 0;
