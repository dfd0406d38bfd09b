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

        var stats = TapStats.From(taps, new CheckInTaps(10, 10, 20, 3));

        Assert.That((stats.P50Ms, stats.P95Ms, stats.TapsToCheckIn), Is.EqualTo((100.0, 190.0, 3)));
        Assert.That((stats.TapsNamePath, stats.TapsCodePath, stats.TapsWalkIn), Is.EqualTo((10, 10, 20)));
    }

    [Test]
    public void The_json_has_the_fields_named_in_the_issues_with_every_path_counted_keys_included()
    {
        using var json = JsonDocument.Parse(TapStats.From([12.34, 20, 30], new CheckInTaps(10, 11, 20, 3)).Json());

        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "tap_p50_ms", "tap_p95_ms", "taps_to_checkin", "taps_name_path", "taps_code_path", "taps_walk_in" }));
        Assert.That(json.RootElement.GetProperty("taps_code_path").GetInt32(), Is.EqualTo(11));
        Assert.That(json.RootElement.GetProperty("tap_p50_ms").GetDouble(), Is.EqualTo(20));
    }

    [Test]
    public void No_taps_is_an_error_not_a_zero()
    {
        Assert.That(() => TapStats.From([], new CheckInTaps(10, 11, 20, 3)), Throws.ArgumentException);
    }

    [TestCase("--taps", "5")]
    [TestCase("--taps", "many")]
    [TestCase("--url", "not a url")]
    public void Bad_options_are_refused_with_a_reason(string option, string value)
    {
        Assert.That(() => KioskBenchOptions.Parse(["--url", "http://127.0.0.1:5190", option, value]), Throws.ArgumentException.With.Message.Contains(option));
    }
}
