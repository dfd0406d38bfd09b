using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Visits;

public sealed class VisitStateMachineTests
{
    private static readonly DateTimeOffset Now = TestClinic.At(10, 15);

    // The rules as the front desk states them; every pair not listed here must be refused.
    private static readonly (VisitState From, VisitEventKind Kind, VisitState To)[] Allowed =
    [
        (VisitState.Expected, VisitEventKind.Arrived, VisitState.Arrived),
        (VisitState.Arrived, VisitEventKind.Called, VisitState.Called),
        (VisitState.Called, VisitEventKind.InRoom, VisitState.InRoom),
        (VisitState.InRoom, VisitEventKind.Done, VisitState.Done),
        (VisitState.Expected, VisitEventKind.NoShow, VisitState.NoShow),
        (VisitState.Called, VisitEventKind.NoShow, VisitState.NoShow),
        (VisitState.Arrived, VisitEventKind.LeftWithoutBeingSeen, VisitState.LeftWithoutBeingSeen),
        (VisitState.Called, VisitEventKind.LeftWithoutBeingSeen, VisitState.LeftWithoutBeingSeen),
        (VisitState.Expected, VisitEventKind.Cancelled, VisitState.Cancelled),
        (VisitState.Arrived, VisitEventKind.Cancelled, VisitState.Cancelled),
        (VisitState.Expected, VisitEventKind.Moved, VisitState.Expected),
        (VisitState.Arrived, VisitEventKind.Moved, VisitState.Arrived),
    ];

    private static IEnumerable<TestCaseData> AllowedTransitions() =>
        Allowed.Select(t => new TestCaseData(t.From, t.Kind, t.To));

    private static IEnumerable<TestCaseData> RefusedTransitions() =>
        from state in Enum.GetValues<VisitState>()
        from kind in Enum.GetValues<VisitEventKind>()
        where kind != VisitEventKind.Undone // depends on the last action, not the state: VisitUndoTests
        where !Allowed.Any(t => t.From == state && t.Kind == kind)
        select new TestCaseData(state, kind);

    [Test]
    public void A_new_visit_is_expected_and_has_no_history()
    {
        var visit = TestClinic.NewVisit();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(visit.State, Is.EqualTo(VisitState.Expected));
            Assert.That(visit.Events, Is.Empty);
            Assert.That(visit.ArrivedAt, Is.Null);
            Assert.That(visit.IsWaiting, Is.False);
        }
    }

    [TestCaseSource(nameof(AllowedTransitions))]
    public void Every_allowed_transition_moves_the_visit_and_records_when_who_and_room(
        VisitState from, VisitEventKind kind, VisitState to)
    {
        var visit = VisitSteps.VisitIn(from);
        var earlier = visit.Events.ToList();

        var recorded = visit.Do(kind, TestClinic.ByNurse, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(visit.State, Is.EqualTo(to));
            Assert.That(visit.Events, Is.EqualTo(earlier.Append(recorded)));
            Assert.That(recorded.Kind, Is.EqualTo(kind));
            Assert.That(recorded.At, Is.EqualTo(Now));
            Assert.That(recorded.By, Is.EqualTo(TestClinic.ByNurse));
            Assert.That(recorded.Room, Is.EqualTo(kind is VisitEventKind.Called or VisitEventKind.InRoom ? VisitSteps.Room : null));
        }
    }

    [Test]
    public void A_waiting_patient_moved_to_another_provider_joins_that_providers_queue_and_keeps_waiting()
    {
        var visit = VisitSteps.VisitIn(VisitState.Arrived);

        visit.MoveTo(TestClinic.Baker, TestClinic.ByNurse, Now);

        Assert.That(visit.ProviderId, Is.EqualTo(TestClinic.Baker));
        Assert.That(visit.IsWaiting, Is.True);
        Assert.That(visit.Events[^1].ToProvider, Is.EqualTo(TestClinic.Baker));
    }

    [TestCaseSource(nameof(RefusedTransitions))]
    public void Every_other_transition_is_refused_and_changes_nothing(VisitState from, VisitEventKind kind)
    {
        var visit = VisitSteps.VisitIn(from);
        var earlier = visit.Events.ToList();
        var room = visit.Room;

        var refused = Assert.Throws<VisitTransitionException>(() => visit.Do(kind, TestClinic.ByNurse, Now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.From, Is.EqualTo(from));
            Assert.That(refused.Attempted, Is.EqualTo(kind));
            Assert.That(visit.State, Is.EqualTo(from));
            Assert.That(visit.Events, Is.EqualTo(earlier));
            Assert.That(visit.Room, Is.EqualTo(room));
        }
    }

    [Test]
    public void Calling_a_patient_who_has_not_arrived_is_refused_with_a_reason_staff_can_read()
    {
        var visit = TestClinic.NewVisit();

        var refused = Assert.Throws<VisitTransitionException>(() => visit.Call("Room 1", TestClinic.ByNurse, Now));

        Assert.That(refused.Message, Is.EqualTo("A visit that is expected cannot be marked Called."));
    }

    [Test]
    public void Arriving_twice_is_refused_and_keeps_the_first_arrival_time()
    {
        var visit = TestClinic.NewVisit();
        visit.Arrive(TestClinic.ByKiosk, TestClinic.At(9, 0));

        Assert.Throws<VisitTransitionException>(() => visit.Arrive(TestClinic.ByKiosk, TestClinic.At(9, 20)));

        Assert.That(visit.ArrivedAt, Is.EqualTo(TestClinic.At(9, 0)));
    }

    [Test]
    public void The_full_path_records_one_event_per_step_and_keeps_the_room()
    {
        var visit = TestClinic.NewVisit();

        visit.Arrive(TestClinic.ByKiosk, TestClinic.At(8, 55));
        visit.Call("  Room 2 ", TestClinic.ByNurse, TestClinic.At(9, 10));
        visit.EnterRoom(TestClinic.ByNurse, TestClinic.At(9, 12));
        visit.Complete("dr-adams", TestClinic.At(9, 30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(visit.State, Is.EqualTo(VisitState.Done));
            Assert.That(visit.Room, Is.EqualTo("Room 2"));
            Assert.That(visit.ArrivedAt, Is.EqualTo(TestClinic.At(8, 55)));
            Assert.That(visit.CalledAt, Is.EqualTo(TestClinic.At(9, 10)));
            Assert.That(visit.Events, Is.EqualTo(new[]
            {
                new VisitEvent(VisitEventKind.Arrived, TestClinic.At(8, 55), TestClinic.ByKiosk),
                new VisitEvent(VisitEventKind.Called, TestClinic.At(9, 10), TestClinic.ByNurse, "Room 2"),
                new VisitEvent(VisitEventKind.InRoom, TestClinic.At(9, 12), TestClinic.ByNurse, "Room 2"),
                new VisitEvent(VisitEventKind.Done, TestClinic.At(9, 30), "dr-adams"),
            }));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Calling_without_a_room_is_refused_and_changes_nothing(string room)
    {
        var visit = VisitSteps.VisitIn(VisitState.Arrived);

        Assert.Throws<ArgumentException>(() => visit.Call(room, TestClinic.ByNurse, Now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(visit.State, Is.EqualTo(VisitState.Arrived));
            Assert.That(visit.Events, Has.Count.EqualTo(1));
        }
    }

    [TestCase(VisitState.Expected, false)]
    [TestCase(VisitState.Arrived, true)]
    [TestCase(VisitState.Called, false)]
    [TestCase(VisitState.InRoom, false)]
    [TestCase(VisitState.Cancelled, false)]
    [TestCase(VisitState.LeftWithoutBeingSeen, false)]
    public void Only_an_arrived_patient_counts_as_waiting(VisitState state, bool waiting)
    {
        Assert.That(VisitSteps.VisitIn(state).IsWaiting, Is.EqualTo(waiting));
    }
}
