using Kiosk.WaitingRoom.Exports;

namespace Kiosk.WaitingRoom.Tests.Exports;

/// <summary>Which days an export covers, as the page and the command line give them.</summary>
public sealed class ExportRangeTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Test]
    public void Without_dates_it_is_the_last_28_days_today_included()
    {
        Assert.That(ExportRange.TryRead(null, "", Today, out var range, out _), Is.True);
        Assert.That(range, Is.EqualTo(new ExportRange(new DateOnly(2026, 11, 5), Today)));
        Assert.That((range!.DayCount, range.ToString()), Is.EqualTo((28, "2026-11-05–2026-12-02")));
    }

    [Test]
    public void With_one_end_given_the_other_follows_from_it()
    {
        ExportRange.TryRead("2026-11-30", null, Today, out var fromOnly, out _);
        ExportRange.TryRead(null, "2026-10-31", Today, out var toOnly, out _);

        Assert.That(fromOnly, Is.EqualTo(new ExportRange(new DateOnly(2026, 11, 30), Today)));
        Assert.That(toOnly, Is.EqualTo(new ExportRange(new DateOnly(2026, 10, 4), new DateOnly(2026, 10, 31))));
    }

    [TestCase("02/12/2026", null, "The \"from\" date \"02/12/2026\" is not a date like 2026-11-24.")]
    [TestCase(null, "yesterday", "The \"to\" date \"yesterday\" is not a date like 2026-11-24.")]
    [TestCase("2026-12-02", "2026-11-30", "The \"from\" date 2026-12-02 is after the \"to\" date 2026-11-30.")]
    [TestCase("2025-11-30", "2026-12-01", "2025-11-30 to 2026-12-01 is 367 days; export at most 366 days at a time.")]
    public void A_range_that_cannot_be_read_is_refused_with_the_reason(string? from, string? to, string reason)
    {
        Assert.That(ExportRange.TryRead(from, to, Today, out var range, out var problem), Is.False);
        Assert.That((range, problem), Is.EqualTo(((ExportRange?)null, reason)));
    }

    [Test]
    public void A_whole_year_is_allowed()
    {
        Assert.That(ExportRange.TryRead("2025-12-01", "2026-12-01", Today, out var range, out _), Is.True);
        Assert.That(range!.DayCount, Is.EqualTo(366));
    }

    [Test]
    public void Kinds_are_read_by_name_and_files_say_when_they_hold_personal_data()
    {
        var range = new ExportRange(new DateOnly(2026, 11, 5), Today);

        Assert.That(ExportKinds.TryParse("Visits", out var kind) ? kind : null, Is.EqualTo(ExportKind.Visits));
        Assert.That(ExportKinds.TryParse("people", out _), Is.False);
        Assert.That(ExportKind.Ratings.FileName(new ExportRequest(range)), Is.EqualTo("ratings-2026-11-05-to-2026-12-02.csv"));
        Assert.That(ExportKind.Visits.FileName(new ExportRequest(range, WithPersonalData: true)), Is.EqualTo("visits-2026-11-05-to-2026-12-02-with-personal-data.csv"));
    }
}
