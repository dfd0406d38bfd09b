using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Bench.Kiosk;

/// <summary>What `./kiosk bench kiosk` reports: tap-to-visible-response times and the taps a check-in takes.</summary>
public sealed record TapStats(
    [property: JsonPropertyName("tap_p50_ms")] double P50Ms,
    [property: JsonPropertyName("tap_p95_ms")] double P95Ms,
    [property: JsonPropertyName("taps_to_checkin")] int TapsToCheckIn)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Nearest-rank percentiles of the measured taps, to a tenth of a millisecond.</summary>
    public static TapStats From(IReadOnlyCollection<double> tapMs, int tapsToCheckIn)
    {
        if (tapMs.Count == 0) throw new ArgumentException("No tap was measured.", nameof(tapMs));
        var sorted = tapMs.Order().ToArray();
        return new TapStats(Math.Round(Percentile(sorted, 0.50), 1), Math.Round(Percentile(sorted, 0.95), 1), tapsToCheckIn);
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Json() => JsonSerializer.Serialize(this, Indented);

    /// <summary>The benchmark page: the numbers, the target, the machine and the command.</summary>
    public string Markdown(IReadOnlyList<TapSample> samples, string command, string machine, string plot)
    {
        var inv = CultureInfo.InvariantCulture;
        var byKind = samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var sorted = g.Select(s => s.Ms).Order().ToArray();
                return string.Create(inv, $"| {g.Key} | {sorted.Length} | {Percentile(sorted, 0.5):0.0} | {Percentile(sorted, 0.95):0.0} | {sorted[^1]:0.0} |");
            });
        return string.Join('\n',
        [
            "# Kiosk tap benchmark",
            "",
            "Time from a tap on the kiosk screen (the browser's pointer event) to the first frame that shows the",
            "result (a key in the box, the next step, a message), measured in Debian's Chromium driven by Playwright",
            "against the real kiosk and hub on loopback. Target: p95 under 100 ms.",
            "",
            "| measure | value |",
            "|---|---|",
            string.Create(inv, $"| taps measured | {samples.Count} |"),
            string.Create(inv, $"| tap p50 (ms) | {P50Ms:0.0} |"),
            string.Create(inv, $"| tap p95 (ms) | {P95Ms:0.0} |"),
            string.Create(inv, $"| p95 under 100 ms | {(P95Ms < 100 ? "yes" : "no")} |"),
            string.Create(inv, $"| taps to check in (after the attract screen, keyboard keys not counted) | {TapsToCheckIn} |"),
            "",
            "| kind of tap | taps | p50 (ms) | p95 (ms) | max (ms) |",
            "|---|---|---|---|---|",
            .. byKind,
            "",
            $"![Tap-to-visible-response times]({plot})",
            "",
            $"Machine: {machine}",
            "",
            $"Command: `{command}`",
            "",
        ]);
    }
}

/// <summary>One measured tap: what was tapped ("key", "step", ...) and how long until it showed.</summary>
public sealed record TapSample(string Kind, double Ms);
