using System.Text.Json;
using Kiosk.Bench.Kiosk;

namespace Kiosk.Bench.Tests;

/// <summary>The kiosk benchmark's numbers and the JSON the issue names.</summary>
public sealed class TapStatsTests
{
    [Test]
    public void Percentiles_are_nearest_rank_over_the_measured_taps()
    {
        var taps = Enumerable.Range(1, 200).Select(i => (double)i).Reverse().ToArray();

        var stats = TapStats.From(taps, 6);

        Assert.That((stats.P50Ms, stats.P95Ms, stats.TapsToCheckIn), Is.EqualTo((100.0, 190.0, 6)));
    }

    [Test]
    public void The_json_has_exactly_the_three_fields_named_in_the_issue()
    {
        using var json = JsonDocument.Parse(TapStats.From([12.34, 20, 30], 6).Json());

        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "tap_p50_ms", "tap_p95_ms", "taps_to_checkin" }));
        Assert.That(json.RootElement.GetProperty("tap_p50_ms").GetDouble(), Is.EqualTo(20));
    }

    [Test]
    public void No_taps_is_an_error_not_a_zero()
    {
        Assert.That(() => TapStats.From([], 6), Throws.ArgumentException);
    }

    [TestCase("--taps", "5")]
    [TestCase("--taps", "many")]
    [TestCase("--url", "not a url")]
    public void Bad_options_are_refused_with_a_reason(string option, string value)
    {
        Assert.That(() => KioskBenchOptions.Parse(["--url", "http://127.0.0.1:5190", option, value]), Throws.ArgumentException.With.Message.Contains(option));
    }
}
