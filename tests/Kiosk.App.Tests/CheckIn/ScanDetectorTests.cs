using Kiosk.App.Core.CheckIn;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>A scanner types fast and ends in Enter; a person does not.</summary>
public sealed class ScanDetectorTests
{
    private readonly ScanDetector _detector = new();

    [Test]
    public void A_fast_burst_ending_in_enter_is_a_scan_and_nothing_is_typed()
    {
        var steps = Feed("AR9K2M\n", every: 8);

        Assert.That(steps[^1].Scanned, Is.EqualTo("AR9K2M"));
        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.Empty, "a scan never lands in a box");
    }

    [Test]
    public void Keys_at_human_speed_are_typed_not_scanned()
    {
        var steps = Feed("AR9K2M\n", every: 150);

        Assert.That(steps.Select(s => s.Scanned), Has.All.Null);
        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.EqualTo("AR9K2M"));
        Assert.That(steps[^1].EnterTyped, Is.True);
    }

    [Test]
    public void A_fast_burst_without_enter_is_typed_once_the_keys_go_quiet()
    {
        var steps = Feed("AR9K2M", every: 5);

        Assert.That(steps.Select(s => s.Scanned), Has.All.Null);
        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.Empty, "held until it is known");
        Assert.That(_detector.Release(), Is.EqualTo("AR9K2M"));
    }

    [Test]
    public void A_short_fast_burst_ending_in_enter_is_typing()
    {
        var steps = Feed("AB\n", every: 5);

        Assert.That(steps[^1].Scanned, Is.Null);
        Assert.That(steps[^1].Typed, Is.EqualTo("AB"));
    }

    [Test]
    public void A_pause_in_the_middle_splits_the_burst_so_it_is_not_a_scan()
    {
        var steps = new List<ScanStep>();
        var t = 1000.0;
        foreach (var key in "ABC") steps.Add(_detector.Key(key.ToString(), TimeSpan.FromMilliseconds(t += 5)));
        steps.Add(_detector.Key("D", TimeSpan.FromMilliseconds(t += 160)));
        foreach (var key in "EF") steps.Add(_detector.Key(key.ToString(), TimeSpan.FromMilliseconds(t += 5)));
        steps.Add(_detector.Key(ScanDetector.Enter, TimeSpan.FromMilliseconds(t + 5)));

        Assert.That(steps.Select(s => s.Scanned), Has.All.Null);
        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.EqualTo("ABCDEF"));
    }

    [Test]
    public void One_late_key_in_a_fast_burst_is_still_a_scan()
    {
        var gaps = new[] { 0, 8, 8, 70, 8, 8, 8 };
        var t = 1000.0;
        ScanStep last = null!;
        foreach (var (key, gap) in "AR9K2M\n".Zip(gaps))
        {
            last = _detector.Key(key == '\n' ? ScanDetector.Enter : key.ToString(), TimeSpan.FromMilliseconds(t += gap));
        }

        Assert.That(last.Scanned, Is.EqualTo("AR9K2M"));
    }

    [Test]
    public void A_burst_slowed_by_a_busy_browser_is_still_a_scan()
    {
        // Key times seen in an end-to-end run on a loaded machine: gaps 13, 36, 68, 64, 40 and 111 ms.
        var times = new[] { 715, 728, 764, 832, 896, 936, 1047 };
        ScanStep last = null!;
        foreach (var (key, at) in "AR9K2M\n".Zip(times))
        {
            last = _detector.Key(key == '\n' ? ScanDetector.Enter : key.ToString(), TimeSpan.FromMilliseconds(at));
        }

        Assert.That(last.Scanned, Is.EqualTo("AR9K2M"));
    }

    [Test]
    public void A_fast_typist_at_eighty_ms_a_key_is_not_a_scanner()
    {
        var steps = Feed("AR9K2M\n", every: 80);

        Assert.That(steps.Select(s => s.Scanned), Has.All.Null);
        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.EqualTo("AR9K2M"));
    }

    [Test]
    public void Typing_slowly_then_a_scan_types_the_first_and_scans_the_second()
    {
        var steps = Feed("Li", every: 200, from: 0);
        steps.AddRange(Feed("GA4Q7X\n", every: 6, from: 1000));

        Assert.That(string.Concat(steps.Select(s => s.Typed)), Is.EqualTo("Li"));
        Assert.That(steps[^1].Scanned, Is.EqualTo("GA4Q7X"));
    }

    private List<ScanStep> Feed(string keys, double every, double from = 1000) =>
        [.. keys.Select((k, i) => _detector.Key(k == '\n' ? ScanDetector.Enter : k.ToString(), TimeSpan.FromMilliseconds(from + (i * every))))];
}
