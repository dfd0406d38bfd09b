using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests;

/// <summary>The day keeps what happened since it was loaded, so the hub writes one change in one go.</summary>
public sealed class UnstoredTests
{
    [Test]
    public void A_check_in_is_one_new_visit_with_its_key_and_once_stored_nothing_is_left_to_write()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var key = Guid.NewGuid();

        var visit = room.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)).Visit;
        var changes = room.Unstored();
        room.MarkStored();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes.NewVisits, Is.EqualTo(new[] { (visit, key) }));
            Assert.That(changes.ChangedVisits, Is.Empty);
            Assert.That(room.Unstored().IsEmpty, Is.True);
        }
    }

    [Test]
    public void A_call_and_its_undo_on_a_stored_visit_are_its_two_events_to_write()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, TestClinic.At(8, 50));
        room.MarkStored();

        visit.Call("Room 2", "desk", TestClinic.At(9));
        visit.Undo("desk", TestClinic.At(9, 1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.Unstored().ChangedVisits, Is.EqualTo(new[] { visit }));
            Assert.That(visit.Unstored.Select(e => e.Kind), Is.EqualTo(new[] { VisitEventKind.Called, VisitEventKind.Undone }));
            Assert.That(room.Unstored().NewVisits, Is.Empty);
        }
    }
}
