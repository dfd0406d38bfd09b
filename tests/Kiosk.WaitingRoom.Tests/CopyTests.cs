using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests;

/// <summary>
/// The hub makes each change on a copy of the room it last committed, while pages still read that
/// room: what a change does to the copy must not show in the room being read, and the copy must be
/// the same room in every way a later change or view relies on.
/// </summary>
public sealed class CopyTests
{
    [Test]
    public void A_change_to_the_copy_leaves_the_room_being_read_as_it_was()
    {
        var first = TestClinic.Appointment("First", hour: 9);
        var second = TestClinic.Appointment("Second", hour: 9, minute: 15);
        var room = TestClinic.Open(first, second);
        var here = room.CheckInAsBooked(first, TestClinic.At(8, 50));
        room.MarkStored();

        var copy = room.Copy();
        copy.VisitById(here.Id)!.Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 1));
        var walkIn = copy.WalkIn(Guid.NewGuid(), new PatientIdentity("Wan", "Walker", TestClinic.BornOn), TestClinic.Adams, TestClinic.Checkup, TestClinic.ByKiosk, TestClinic.At(9, 2)).Visit;
        copy.CheckInAsBooked(second, TestClinic.At(9, 3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.VisitById(here.Id)!.State, Is.EqualTo(VisitState.Arrived), "the page's room still has them waiting");
            Assert.That(room.Queue(TestClinic.Adams).Select(v => v.Id), Is.EqualTo(new[] { here.Id }));
            Assert.That(room.Visits, Has.Count.EqualTo(1));
            Assert.That(room.Unstored().IsEmpty, Is.True, "nothing to write in the room being read");
            Assert.That(copy.VisitById(here.Id)!.State, Is.EqualTo(VisitState.Called));
            Assert.That(copy.Queue(TestClinic.Adams).Select(v => v.Id), Does.Contain(walkIn.Id));
            Assert.That(copy.Unstored().NewVisits, Has.Count.EqualTo(2), "the walk-in and the second check-in are the copy's to write");
            Assert.That(copy.Unstored().ChangedVisits.Select(v => v.Id), Is.EqualTo(new[] { here.Id }), "the call is an event of a stored visit");
        }
    }

    [Test]
    public void The_copy_remembers_keys_tickets_and_the_desks_records()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var key = Guid.NewGuid();
        var visit = room.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50), care: new CareNeeds(Mobility: true)).Visit;
        room.NeedHelp(visit, "phone", TestClinic.At(8, 55));
        room.SetProviderDelay(TestClinic.Adams, 20, "", TestClinic.ByNurse, TestClinic.At(8, 56), LateReason.Emergency);
        room.MarkStored();

        var copy = room.Copy();
        var again = copy.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(9));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Created, Is.False, "a kiosk retrying the same check-in gets the same ticket");
            Assert.That(again.Visit.Ticket, Is.EqualTo(visit.Ticket));
            Assert.That(copy.VisitByToken(visit.Ticket.Token)!.Id, Is.EqualTo(visit.Id));
            Assert.That(copy.Desk.Care[visit.Id].Mobility, Is.True);
            Assert.That(copy.Desk.LatestHelp(visit.Id), Is.Not.Null);
            Assert.That(copy.DelayOf(TestClinic.Adams)!.Minutes, Is.EqualTo(20));
            Assert.That(copy.Unstored().IsEmpty, Is.True, "the copy counts everything as stored, as the room did");
        }
    }

    [Test]
    public void A_room_with_changes_not_yet_stored_is_not_copied()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        room.CheckInAsBooked(booked, TestClinic.At(8, 50));

        Assert.That(() => room.Copy(), Throws.InvalidOperationException.With.Message.Contains("everything stored"));
    }

    [Test]
    public void A_live_room_read_as_of_now_is_the_same_room_and_a_later_event_is_still_left_out()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, TestClinic.At(8, 50));

        var live = room.AsOf(TestClinic.At(9));
        visit.Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 5));
        var before = room.AsOf(TestClinic.At(9));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live, Is.SameAs(room), "nothing in it is later than now: no copy for every forecast");
            Assert.That(before, Is.Not.SameAs(room));
            Assert.That(before.VisitById(visit.Id)!.State, Is.EqualTo(VisitState.Arrived), "the call at 9:05 is not known at 9:00");
        }
    }
}
