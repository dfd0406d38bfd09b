using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Bench.Kiosk;

/// <summary>
/// What `./kiosk bench kiosk` reports: tap-to-visible-response times, and the taps a check-in takes
/// on each path with every key counted (<c>taps_to_checkin</c> keeps its old meaning: the name path's
/// taps after the attract screen without keys, so earlier runs stay comparable).
/// </summary>
public sealed record TapStats(
    [property: JsonPropertyName("tap_p50_ms")] double P50Ms,
    [property: JsonPropertyName("tap_p95_ms")] double P95Ms,
    [property: JsonPropertyName("taps_to_checkin")] int TapsToCheckIn,
    [property: JsonPropertyName("taps_name_path")] int TapsNamePath,
    [property: JsonPropertyName("taps_code_path")] int TapsCodePath,
    [property: JsonPropertyName("taps_walk_in")] int TapsWalkIn)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Nearest-rank percentiles of the measured taps, to a tenth of a millisecond.</summary>
    public static TapStats From(IReadOnlyCollection<double> tapMs, CheckInTaps taps)
    {
        if (tapMs.Count == 0) throw new ArgumentException("No tap was measured.", nameof(tapMs));
        var sorted = tapMs.Order().ToArray();
        return new TapStats(Math.Round(Percentile(sorted, 0.50), 1), Math.Round(Percentile(sorted, 0.95), 1),
            taps.NamePathWithoutKeys, taps.NamePath, taps.CodePath, taps.WalkIn);
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
            "Every tap from the attract screen to the ticket, keys of the on-screen keyboard and date picker included:",
            "",
            "| path | taps | target |",
            "|---|---|---|",
            string.Create(inv, $"| by birth date and last name (Aisha Rahman, 2 November 1990: 02 · November · 90 · RA) | {TapsNamePath} | ≤ 10 |"),
            string.Create(inv, $"| by confirmation code (six characters, then Find) | {TapsCodePath} | |"),
            string.Create(inv, $"| walk-in (reason, first and last name, birth date) | {TapsWalkIn} | |"),
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
