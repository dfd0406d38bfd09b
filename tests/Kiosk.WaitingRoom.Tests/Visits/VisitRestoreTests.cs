using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Visits;

public sealed class VisitRestoreTests
{
    [Test]
    public void Restoring_replays_the_events_to_the_same_state_room_and_times()
    {
        var live = TestClinic.NewVisit();
        live.Arrive(TestClinic.ByKiosk, TestClinic.At(8, 55));
        live.Call("Room 4", TestClinic.ByNurse, TestClinic.At(9, 5));
        live.EnterRoom(TestClinic.ByNurse, TestClinic.At(9, 7));

        var restored = Visit.Restore(live.Ticket, live.Appointment, live.Events.ToList());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(restored.Id, Is.EqualTo(live.Id));
            Assert.That(restored.State, Is.EqualTo(VisitState.InRoom));
            Assert.That(restored.Room, Is.EqualTo("Room 4"));
            Assert.That(restored.ArrivedAt, Is.EqualTo(live.ArrivedAt));
            Assert.That(restored.CalledAt, Is.EqualTo(live.CalledAt));
            Assert.That(restored.Events, Is.EqualTo(live.Events));
        }
    }

    [Test]
    public void Restoring_puts_stored_events_back_in_time_order()
    {
        var live = TestClinic.NewVisit();
        live.Arrive(TestClinic.ByKiosk, TestClinic.At(8, 55));
        live.Call("Room 4", TestClinic.ByNurse, TestClinic.At(9, 5));

        var restored = Visit.Restore(live.Ticket, live.Appointment, live.Events.Reverse().ToList());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(restored.State, Is.EqualTo(VisitState.Called));
            Assert.That(restored.Events, Is.EqualTo(live.Events));
        }
    }

    [Test]
    public void Restoring_no_events_gives_an_expected_visit()
    {
        var visit = TestClinic.NewVisit();

        var restored = Visit.Restore(visit.Ticket, visit.Appointment, []);

        Assert.That(restored.State, Is.EqualTo(VisitState.Expected));
    }

    [Test]
    public void Restoring_a_history_that_skips_the_room_is_refused()
    {
        var visit = TestClinic.NewVisit();
        VisitEvent[] history =
        [
            new(VisitEventKind.Arrived, TestClinic.At(8, 55), TestClinic.ByKiosk),
            new(VisitEventKind.Done, TestClinic.At(9, 30), TestClinic.ByNurse),
        ];

        var refused = Assert.Throws<VisitTransitionException>(() => Visit.Restore(visit.Ticket, visit.Appointment, history));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.From, Is.EqualTo(VisitState.Arrived));
            Assert.That(refused.Attempted, Is.EqualTo(VisitEventKind.Done));
        }
    }

    [Test]
    public void Restoring_a_history_with_anything_after_done_is_refused()
    {
        var visit = TestClinic.NewVisit();
        VisitEvent[] history =
        [
            new(VisitEventKind.Arrived, TestClinic.At(8, 55), TestClinic.ByKiosk),
            new(VisitEventKind.Called, TestClinic.At(9, 5), TestClinic.ByNurse, "Room 4"),
            new(VisitEventKind.InRoom, TestClinic.At(9, 7), TestClinic.ByNurse, "Room 4"),
            new(VisitEventKind.Done, TestClinic.At(9, 30), TestClinic.ByNurse),
            new(VisitEventKind.Called, TestClinic.At(9, 40), TestClinic.ByNurse, "Room 1"),
        ];

        Assert.Throws<VisitTransitionException>(() => Visit.Restore(visit.Ticket, visit.Appointment, history));
    }
}
