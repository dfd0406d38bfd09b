using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>"Not now" to a delay suggestion: only when there is one; it hides it for a while unless the provider falls further behind.</summary>
public sealed class NotNowTests
{
    [Test]
    public void Not_now_is_refused_when_nothing_suggests_a_delay() =>
        Assert.That(() => DeskClinic.Open().DismissDelaySuggestion(Adams, ByNurse, At(9)),
            Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo("Nothing suggests Dr Adams is running late now."));

    [Test]
    public void Not_now_hides_the_suggestion_for_a_quarter_of_an_hour_unless_the_provider_falls_ten_minutes_further_behind()
    {
        var booked = Appointment("Okafor", hour: 9);
        var room = DeskClinic.Open(booked);
        room.CheckInAsBooked(booked, At(8, 50));
        Assert.That(room.DelaySuggestions(At(9, 15)).Select(s => (s.Provider.Id, s.Minutes)), Is.EqualTo(new[] { (Adams, 15) }));

        var notNow = room.DismissDelaySuggestion(Adams, ByNurse, At(9, 15));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notNow.Until, Is.EqualTo(At(9, 30)));
            Assert.That(room.DelaySuggestions(At(9, 20)), Is.Empty, "put off");
            Assert.That(room.DelaySuggestions(At(9, 26)).Select(s => s.Minutes), Is.EqualTo(new[] { 25 }), "ten minutes further behind");
            Assert.That(room.Unstored().Desk.NotNow, Is.EqualTo(new[] { notNow }));
        }
    }
}
