using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Visits;

/// <summary>Busy desks make mistakes: the last desk action can be taken back, and the trail keeps both.</summary>
public sealed class VisitUndoTests
{
    [Test]
    public void Undoing_a_call_puts_the_patient_back_in_the_waiting_room_with_no_call_time_or_room()
    {
        var visit = Arrived();
        visit.Call("Room 1", ByNurse, At(9, 10));

        visit.Undo(ByNurse, At(9, 11));

        Assert.Multiple(() =>
        {
            Assert.That(visit.State, Is.EqualTo(VisitState.Arrived));
            Assert.That(visit.CalledAt, Is.Null);
            Assert.That(visit.Room, Is.Null);
            Assert.That(visit.Events.Select(e => e.Kind), Is.EqualTo(new[] { VisitEventKind.Arrived }));
            Assert.That(visit.Trail.Select(e => e.Kind), Is.EqualTo(new[] { VisitEventKind.Arrived, VisitEventKind.Called, VisitEventKind.Undone }));
        });
    }

    [Test]
    public void Undoing_a_move_returns_the_patient_to_their_own_provider()
    {
        var visit = Arrived();
        visit.MoveTo(Baker, ByNurse, At(9, 10));

        visit.Undo(ByNurse, At(9, 12));

        Assert.That(visit.ProviderId, Is.EqualTo(Adams));
    }

    [Test]
    public void Two_undos_take_back_two_actions_but_never_the_check_in()
    {
        var visit = Arrived();
        visit.Call("Room 1", ByNurse, At(9, 10));
        visit.EnterRoom(ByNurse, At(9, 11));

        visit.Undo(ByNurse, At(9, 12));
        visit.Undo(ByNurse, At(9, 13));

        Assert.That(visit.State, Is.EqualTo(VisitState.Arrived));
        Assert.That(() => visit.Undo(ByNurse, At(9, 14)), Throws.InstanceOf<VisitTransitionException>());
    }

    [Test]
    public void A_restored_visit_with_an_undo_is_the_same_as_the_live_one()
    {
        var visit = Arrived();
        visit.MarkLeft(ByNurse, At(9, 20));
        visit.Undo(ByNurse, At(9, 21));
        visit.Call("Room 2", ByNurse, At(9, 30));

        var restored = Visit.Restore(visit.Ticket, visit.Appointment, visit.Trail);

        Assert.That((restored.State, restored.Room, restored.CalledAt), Is.EqualTo((visit.State, visit.Room, visit.CalledAt)));
        Assert.That(restored.Trail, Is.EqualTo(visit.Trail));
    }

    [Test]
    public void The_room_as_it_was_before_an_undo_still_shows_what_was_undone()
    {
        var appointment = Appointment("Okafor");
        var room = Open(appointment);
        var visit = room.CheckInAsBooked(appointment, At(8, 50));
        visit.Call("Room 1", ByNurse, At(9, 10));
        visit.Undo(ByNurse, At(9, 15));

        Assert.That(room.AsOf(At(9, 12)).VisitById(visit.Id)!.State, Is.EqualTo(VisitState.Called));
        Assert.That(room.AsOf(At(9, 16)).VisitById(visit.Id)!.State, Is.EqualTo(VisitState.Arrived));
    }

    private static Visit Arrived()
    {
        var visit = NewVisit();
        visit.Arrive(ByKiosk, At(8, 55));
        return visit;
    }
}
