using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>The nudge: overdue past the high end promised at check-in; after "spoken to", past what they were being shown then.</summary>
public sealed class OverdueTests
{
    [Test]
    public void Spoken_to_is_refused_before_the_promise_has_passed()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(9));

        Assert.That(() => room.AcknowledgeOverdue(visit.Id, promisedHighMinutes: 30, showingHighMinutes: 10, ByNurse, At(9, 30)),
            Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo("Ticket A001 has not waited past what they were told yet."));
    }

    [Test]
    public void Past_the_promise_the_desk_speaks_to_them_and_is_nudged_again_when_what_they_were_shown_then_has_passed()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(9));

        var spoken = room.AcknowledgeOverdue(visit.Id, promisedHighMinutes: 30, showingHighMinutes: 12, ByNurse, At(9, 31));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(spoken.NextPromiseBy, Is.EqualTo(At(9, 43)));
            Assert.That(room.NudgeAt(visit, 30), Is.EqualTo(At(9, 43)));
            Assert.That(() => room.AcknowledgeOverdue(visit.Id, 30, 12, "desk-2", At(9, 40)),
                Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo($"{ByNurse} spoke to ticket A001 at 09:31; they have not waited past what they were told since."));
            Assert.That(room.AcknowledgeOverdue(visit.Id, 30, 0, "desk-2", At(9, 44)).NextPromiseBy, Is.EqualTo(At(9, 49)), "at least a few minutes");
            Assert.That(room.Unstored().Desk.SpokenTo, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void Nobody_is_overdue_without_a_promise_or_once_called()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(9));

        Assert.That(Nudge.IsOverdue(visit, room.NudgeAt(visit, null), At(12)), Is.False, "nothing promised");
        room.Call(visit.Id, "Room 1", ByNurse, At(9, 40));
        Assert.That(Nudge.IsOverdue(visit, room.NudgeAt(visit, 30), At(12)), Is.False, "called");
        Assert.That(() => room.AcknowledgeOverdue(visit.Id, 30, 0, ByNurse, At(12)),
            Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo("Ticket A001 is no longer waiting."));
    }

    [Test]
    public void A_visit_not_in_the_day_is_not_found() =>
        Assert.That(() => DeskClinic.Open().AcknowledgeOverdue(Guid.NewGuid(), 30, 0, ByNurse, At(12)), Throws.TypeOf<VisitNotFoundException>());
}
