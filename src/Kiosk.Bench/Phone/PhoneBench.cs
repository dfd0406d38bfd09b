using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kiosk.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Bench.Phone;

/// <summary>
/// Checks a demo patient in as the kiosk does, opens their phone link in Lighthouse (mobile: slow 4G,
/// 4× slower CPU, empty cache) and writes docs/benchmarks/phone.{json,md}: what a patient's phone
/// downloads on first load (compressed), when the largest text shows, and Lighthouse's scores.
/// </summary>
public static class PhoneBench
{
    /// <summary>The demo day's patients, tried in turn: the first whose appointment can be checked in now gives the link.</summary>
    private static readonly AppointmentLookup[] DemoPatients =
    [
        new("Rahman", new DateOnly(1990, 11, 2)), new("Adeyemi", new DateOnly(1982, 5, 17)),
        new("O'Brien", new DateOnly(1958, 1, 21)), new("Chen", new DateOnly(1966, 9, 8)),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        PhoneBenchOptions options;
        try
        {
            options = PhoneBenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var phoneUrl = await PhoneLinkAsync(options);
        if (phoneUrl is null)
        {
            Console.Error.WriteLine("No demo patient could be checked in to get a phone link; is the hub seeded with the demo day?");
            return 1;
        }

        var report = Path.Combine(Path.GetTempPath(), $"kiosk-phone-lighthouse-{Environment.ProcessId}.json");
        var loadBefore = LoadAverage();
        await RunLighthouseAsync(options, phoneUrl, report);
        var result = PhoneLoad.From(JsonNode.Parse(await File.ReadAllTextAsync(report))!);
        File.Delete(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        await File.WriteAllTextAsync(options.Out, result.Json() + "\n");
        await File.WriteAllTextAsync(options.Doc, result.Markdown(options.Command, $"{Machine.Describe()}; load average {loadBefore} before and {LoadAverage()} after the run"));
        Console.WriteLine($"first load {result.FirstLoadKb:0.0} KB · LCP {result.LcpMs:0} ms · performance {result.Performance} · accessibility {result.Accessibility}");
        Console.WriteLine($"Wrote {options.Out} and {options.Doc}.");
        return 0;
    }

    private static async Task<string?> PhoneLinkAsync(PhoneBenchOptions options)
    {
        await using var kiosk = new HubConnectionBuilder()
            .WithUrl(new Uri(options.Hub, HubRoutes.WaitingRoom), o => o.AccessTokenProvider = () => Task.FromResult<string?>(options.KioskKey))
            .Build();
        await kiosk.StartAsync();
        foreach (var patient in DemoPatients)
        {
            var found = await kiosk.InvokeAsync<HubResult<AppointmentLookupResult>>(nameof(IWaitingRoomHub.FindAppointment), patient);
            if (found.Value is { Outcome: LookupOutcome.Found, Appointment: { } appointment })
            {
                var ticket = await kiosk.InvokeAsync<HubResult<TicketView>>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(Guid.NewGuid(), appointment.AppointmentId, patient.LastName, patient.DateOfBirth));
                if (ticket.Value is { } checkedIn)
                {
                    return checkedIn.PhoneUrl;
                }
            }
        }

        return null;
    }

    private static async Task RunLighthouseAsync(PhoneBenchOptions options, string url, string report)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                options.Lighthouse, url, "--output=json", $"--output-path={report}", "--quiet",
                "--only-categories=performance,accessibility", "--chrome-flags=--headless=new --no-sandbox",
            },
            Environment = { ["CHROME_PATH"] = options.Chromium },
        };
        using var lighthouse = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        await lighthouse.WaitForExitAsync();
        if (lighthouse.ExitCode != 0 || !File.Exists(report))
        {
            throw new InvalidOperationException($"Lighthouse exited with {lighthouse.ExitCode} and wrote no report.");
        }
    }

    /// <summary>The 1-minute load average: other work on the machine slows the page, so the page says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

/// <summary>What Lighthouse measured of the phone page's first load.</summary>
public sealed record PhoneLoad(double FirstLoadKb, double LcpMs, double FcpMs, double Cls, double TbtMs, int Performance, int Accessibility, int Requests, string LighthouseVersion)
{
    /// <summary>The targets issue 17 set for the phone page.</summary>
    public const double MaxFirstLoadKb = 40;
    public const int MinPerformance = 98, MinAccessibility = 100;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static PhoneLoad From(JsonNode lhr)
    {
        var audits = lhr["audits"]!;
        double Numeric(string audit) => audits[audit]!["numericValue"]!.GetValue<double>();
        int Score(string category) => (int)Math.Round(lhr["categories"]![category]!["score"]!.GetValue<double>() * 100);
        return new PhoneLoad(
            Math.Round(Numeric("total-byte-weight") / 1024, 1),
            Math.Round(Numeric("largest-contentful-paint")),
            Math.Round(Numeric("first-contentful-paint")),
            Math.Round(Numeric("cumulative-layout-shift"), 3),
            Math.Round(Numeric("total-blocking-time")),
            Score("performance"),
            Score("accessibility"),
            audits["network-requests"]!["details"]!["items"]!.AsArray().Count,
            lhr["lighthouseVersion"]!.GetValue<string>());
    }

    public string Json() => new JsonObject
    {
        ["first_load_kb"] = FirstLoadKb,
        ["lcp_ms"] = LcpMs,
        ["lighthouse_performance"] = Performance,
        ["lighthouse_accessibility"] = Accessibility,
        ["fcp_ms"] = FcpMs,
        ["cls"] = Cls,
        ["tbt_ms"] = TbtMs,
        ["requests"] = Requests,
        ["lighthouse_version"] = LighthouseVersion,
        ["targets"] = new JsonObject { ["first_load_kb_max"] = MaxFirstLoadKb, ["performance_min"] = MinPerformance, ["accessibility_min"] = MinAccessibility },
        ["targets_met"] = FirstLoadKb <= MaxFirstLoadKb && Performance >= MinPerformance && Accessibility >= MinAccessibility,
    }.ToJsonString(Indented);

    public string Markdown(string command, string machine)
    {
        string Yes(bool met) => met ? "yes" : "no";
        var c = CultureInfo.InvariantCulture;
        return $"""
            # Phone page benchmark

            A patient's phone opening its ticket link for the first time (empty cache), measured by
            Lighthouse {LighthouseVersion} in its default mobile setting (slow 4G: 150 ms round trip,
            1.6 Mbit/s; 4× slower CPU) in Debian's Chromium, against the hub (Release, loopback, demo day).
            First load is every byte the page downloads as sent (compressed), before its live connection.

            | measure | value | target | met |
            |---|---|---|---|
            | first load (KB, compressed) | {FirstLoadKb.ToString("0.0", c)} | ≤ {MaxFirstLoadKb} | {Yes(FirstLoadKb <= MaxFirstLoadKb)} |
            | Lighthouse performance | {Performance} | ≥ {MinPerformance} | {Yes(Performance >= MinPerformance)} |
            | Lighthouse accessibility | {Accessibility} | {MinAccessibility} | {Yes(Accessibility >= MinAccessibility)} |
            | largest contentful paint (ms) | {LcpMs.ToString("0", c)} | | |
            | first contentful paint (ms) | {FcpMs.ToString("0", c)} | | |
            | cumulative layout shift | {Cls.ToString("0.000", c)} | | |
            | total blocking time (ms) | {TbtMs.ToString("0", c)} | | |
            | requests | {Requests} | | |

            Machine: {machine}

            Command: `{command}`

            """;
    }
}
