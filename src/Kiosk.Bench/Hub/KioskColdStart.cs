using System.Diagnostics;
using Microsoft.Playwright;

namespace Kiosk.Bench.Hub;

/// <summary>
/// The kiosk's cold start: from starting the kiosk program (its Release build, from its project folder, as ./kiosk runs
/// it) to its first rendered screen in Debian's Chromium (<c>main.kiosk</c> drawn), and on to the first screen a patient
/// can use (<c>main.kiosk[data-interactive]</c>: answering taps), against a hub that is already up. A fresh browser
/// context each time, so nothing comes from its cache.
/// </summary>
public static class KioskColdStart
{
    public static async Task<(double Rendered, double Usable)> MeasureAsync(Uri hub, string kioskKey, string folder, int times, TimeSpan wait, string chromium = "/usr/bin/chromium")
    {
        var app = Path.Combine(HubBuild.Root, "src", "Kiosk.App");
        var assembly = Path.Combine(app, "bin", Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(HubBuild.Assembly)))!, "net10.0", "Kiosk.App.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The kiosk's build is not there ({assembly}): build src/Kiosk.App first (./kiosk bench hub does).");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
        });
        var rendered = new List<double>();
        var usable = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var port = FreePort();
            var url = new Uri($"http://127.0.0.1:{port}");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(assembly);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Urls"] = url.ToString().TrimEnd('/');
            start.Environment["Kiosk__HubUrl"] = hub.ToString().TrimEnd('/');
            start.Environment["Kiosk__DeviceKey"] = kioskKey;
            start.Environment["Kiosk__Id"] = "bench-kiosk";
            start.Environment["Kiosk__DataFolder"] = Path.Combine(folder, $"kiosk-{i}");
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1080, Height = 1920 }, HasTouch = true });
                var page = await context.NewPageAsync();
                // The browser asks until the kiosk answers, as a kiosk box's browser waits for its app.
                while (true)
                {
                    try
                    {
                        await page.GotoAsync(url.ToString(), new() { Timeout = 5000, WaitUntil = WaitUntilState.Commit });
                        break;
                    }
                    catch (PlaywrightException) when (clock.Elapsed < wait && !process.HasExited)
                    {
                        await Task.Delay(10);
                    }
                }

                await page.Locator("main.kiosk").WaitForAsync(new() { Timeout = (float)wait.TotalMilliseconds });
                rendered.Add(clock.Elapsed.TotalMilliseconds);
                await page.Locator("main.kiosk[data-interactive]").WaitForAsync(new() { Timeout = (float)wait.TotalMilliseconds });
                usable.Add(clock.Elapsed.TotalMilliseconds);
                await context.CloseAsync();
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        Console.WriteLine($"— kiosk cold start to its first rendered screen: {string.Join(", ", rendered.Select(t => $"{t:F0}"))} ms; "
            + $"usable: {string.Join(", ", usable.Select(t => $"{t:F0}"))} ms");
        return (BenchStats.Median(rendered), BenchStats.Median(usable));
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
