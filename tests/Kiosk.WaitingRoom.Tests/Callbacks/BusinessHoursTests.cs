using Kiosk.WaitingRoom.Callbacks;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.WaitingRoom.Tests.Callbacks;

public sealed class BusinessHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    // Weekdays 08:00-18:00; closed at weekends. November in London is UTC+0.
    private static readonly BusinessHours Weekdays = new(London, new[]
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    }.Select(d => new OpeningHours(d, new TimeOnly(8, 0), new TimeOnly(18, 0))));

    private static DateTimeOffset Nov(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    [Test]
    public void During_opening_hours_two_business_hours_is_two_hours()
    {
        Assert.That(Weekdays.AddBusinessTime(Nov(24, 10), TwoHours), Is.EqualTo(Nov(24, 12))); // Tuesday
    }

    [Test]
    public void Asked_late_on_friday_the_answer_is_due_on_monday_morning()
    {
        Assert.That(Weekdays.AddBusinessTime(Nov(27, 17), TwoHours), Is.EqualTo(Nov(30, 9)));
    }

    [Test]
    public void Asked_at_the_weekend_the_clock_starts_when_the_clinic_opens()
    {
        Assert.That(Weekdays.AddBusinessTime(Nov(28, 11), TwoHours), Is.EqualTo(Nov(30, 10)));
    }

    [Test]
    public void Asked_before_opening_the_clock_starts_at_opening()
    {
        Assert.That(Weekdays.AddBusinessTime(Nov(24, 6, 30), TwoHours), Is.EqualTo(Nov(24, 10)));
    }

    [Test]
    public void Asked_after_closing_the_answer_is_due_the_next_morning()
    {
        Assert.That(Weekdays.AddBusinessTime(Nov(24, 19), TwoHours), Is.EqualTo(Nov(25, 10)));
    }

    [Test]
    public void A_promise_of_several_days_skips_evenings_and_the_weekend()
    {
        // Thursday 12:00 + 17 business hours: 6 on Thursday, 10 on Friday, 1 on Monday.
        Assert.That(Weekdays.AddBusinessTime(Nov(26, 12), TimeSpan.FromHours(17)), Is.EqualTo(Nov(30, 9)));
    }

    [Test]
    public void The_timer_turns_amber_at_half_and_red_when_the_promise_is_used_up()
    {
        var time = new FakeTimeProvider(Nov(24, 10));
        var asked = time.GetUtcNow();

        var states = new List<PromiseStatus>();
        foreach (var minutes in new[] { 0, 59, 1, 59, 1 })
        {
            time.Advance(TimeSpan.FromMinutes(minutes));
            states.Add(Weekdays.Progress(asked, TwoHours, time.GetUtcNow()).Status);
        }

        Assert.That(states, Is.EqualTo(new[] { PromiseStatus.OnTrack, PromiseStatus.OnTrack, PromiseStatus.Amber, PromiseStatus.Amber, PromiseStatus.Red }));
    }

    [Test]
    public void The_timer_stands_still_while_the_clinic_is_closed()
    {
        var time = new FakeTimeProvider(Nov(27, 17)); // Friday, an hour before closing
        var asked = time.GetUtcNow();

        time.Advance(TimeSpan.FromHours(1));
        var fridayClose = Weekdays.Progress(asked, TwoHours, time.GetUtcNow());
        time.Advance(TimeSpan.FromHours(38)); // Sunday 08:00
        var sunday = Weekdays.Progress(asked, TwoHours, time.GetUtcNow());
        time.Advance(TimeSpan.FromHours(25)); // Monday 09:00
        var monday = Weekdays.Progress(asked, TwoHours, time.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That((fridayClose.Fraction, fridayClose.Status), Is.EqualTo((0.5, PromiseStatus.Amber)));
            Assert.That((sunday.Fraction, sunday.Status), Is.EqualTo((0.5, PromiseStatus.Amber)));
            Assert.That((monday.Fraction, monday.Status), Is.EqualTo((1.0, PromiseStatus.Red)));
            Assert.That(monday.Deadline, Is.EqualTo(Nov(30, 9)));
        }
    }

    [Test]
    public void Opening_hours_follow_the_clinic_clock_across_a_daylight_saving_change()
    {
        // London springs forward on Sunday 28 March 2027: 10:00 local that day is 09:00 UTC.
        var sundays = new BusinessHours(London, [new OpeningHours(DayOfWeek.Sunday, new TimeOnly(10, 0), new TimeOnly(16, 0))]);

        var due = sundays.AddBusinessTime(new DateTimeOffset(2027, 3, 27, 20, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Is_open_only_inside_the_opening_hours()
    {
        Assert.That(
            new[] { Nov(24, 7, 59), Nov(24, 8), Nov(24, 17, 59), Nov(24, 18), Nov(28, 12) }.Select(Weekdays.IsOpen),
            Is.EqualTo(new[] { false, true, true, false, false }));
    }

    [Test]
    public void Hours_that_close_before_they_open_or_an_empty_week_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new BusinessHours(London, [new OpeningHours(DayOfWeek.Monday, new TimeOnly(18, 0), new TimeOnly(8, 0))]));
        Assert.Throws<ArgumentException>(() => _ = new BusinessHours(London, []));
    }

    [Test]
    public void A_topic_is_named_in_the_patients_language_or_in_english()
    {
        var topic = new CallbackTopic("billing", new Dictionary<string, string> { ["en"] = "Billing", ["es"] = "Facturación" }, TwoHours);

        Assert.That(new[] { topic.Name("es"), topic.Name("fr") }, Is.EqualTo(new[] { "Facturación", "Billing" }));
        Assert.That(topic.DeadlineFor(Nov(27, 17), Weekdays), Is.EqualTo(Nov(30, 9)));
    }
}
