using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Tests.Room;

/// <summary>
/// Every estimate a patient is shown is kept, as the measure of how honest the clinic was; a change
/// elsewhere in a long line that leaves a patient's promised window where it was is not a new estimate.
/// </summary>
public sealed class ShownSoFarTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Ana = Guid.NewGuid();

    [Test]
    public void A_patients_first_estimate_is_kept_and_the_same_window_three_minutes_later_is_not_kept_again()
    {
        var first = ShownSoFar.None.Next(Day, Nine, [(Sam, Range(10, 20, 30))]);
        var later = first.Next(Day, Nine.AddMinutes(3).AddSeconds(20), [(Sam, Range(7, 17, 27))]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.New, Has.Count.EqualTo(1));
            Assert.That(later.New, Is.Empty, "10–30 min at 9:00 is 7–27 min at 9:03: the same promise");
        }
    }

    [Test]
    public void A_window_that_moved_is_kept_and_counted_from_when_it_was_shown()
    {
        var first = ShownSoFar.None.Next(Day, Nine, [(Sam, Range(10, 20, 30)), (Ana, Range(0, 5, 10))]);
        var moved = first.Next(Day, Nine.AddMinutes(5), [(Sam, Range(15, 25, 45)), (Ana, Range(0, 0, 5))]);
        var countedFromThen = moved.Next(Day, Nine.AddMinutes(10), [(Sam, Range(10, 20, 40))]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.New.Select(n => n.VisitId), Is.EquivalentTo(new[] { Sam }), "Sam's window moved later; Ana's 0–5 at 9:05 is her 0–10 at 9:00 counted down");
            Assert.That(countedFromThen.New, Is.Empty, "15–45 at 9:05 is 10–40 at 9:10");
        }
    }

    [Test]
    public void After_a_restart_what_the_database_kept_is_the_start_and_a_new_day_starts_afresh()
    {
        var kept = ShownSoFar.From(Day, [(Sam, Range(10, 20, 30), Nine)]);

        var sameDay = kept.Next(Day, Nine.AddMinutes(2), [(Sam, Range(8, 18, 28))]);
        var nextDay = kept.Next(Day.AddDays(1), Nine.AddDays(1), [(Sam, Range(10, 20, 30))]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sameDay.New, Is.Empty);
            Assert.That(nextDay.New, Has.Count.EqualTo(1));
        }
    }

    private static WaitEstimate Range(int low, int likely, int high) => new(low, likely, high, "");
}
