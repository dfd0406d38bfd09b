using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Tests.Simulation;

public sealed class ProviderBehaviourTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    [Test]
    public void A_provider_40_minutes_late_calls_nobody_before_about_40_minutes_after_their_start()
    {
        var scenario = TestScenarios.Shipped("provider-40-min-late");
        var start = At(scenario.Provider("lee").Start);

        var firstCalls = Seeds
            .Select(seed => ClinicSimulator.Run(scenario, TestScenarios.Day, seed))
            .Select(day => day.Events.First(e => e.Kind == SimulatedEventKind.Called && e.ProviderId == "lee").At.TimeOfDay)
            .ToList();

        Assert.That(firstCalls, Has.All.GreaterThan(start + TimeSpan.FromMinutes(28)));
    }

    [Test]
    public void Reception_says_a_late_provider_has_not_started_then_how_far_behind_they_are()
    {
        var scenario = TestScenarios.Shipped("provider-40-min-late");

        var day = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 3);

        var delays = day.Room.Delays.Where(d => d.ProviderId == "lee").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(delays[0].Minutes, Is.EqualTo(10));
            Assert.That(delays[0].SetAt.TimeOfDay, Is.EqualTo(At(scenario.Provider("lee").Start) + TimeSpan.FromMinutes(10)));
            Assert.That(delays.Select(d => d.Minutes), Has.Some.InRange(30, 60));
            Assert.That(day.Events.Count(e => e.Kind == SimulatedEventKind.ProviderDelaySet), Is.EqualTo(day.Room.Delays.Count));
        }
    }

    [Test]
    public void A_provider_who_falls_sick_calls_nobody_after_and_their_patients_are_moved_to_the_others()
    {
        var scenario = TestScenarios.Shipped("provider-sick-midday");
        var sickAt = At(scenario.Provider("okafor").SickAt!.Value);

        var day = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 11);

        var moved = day.Visits.Where(v => v.Moved).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.Events.Where(e => e.Kind == SimulatedEventKind.Called && e.ProviderId == "okafor").Select(e => e.At.TimeOfDay), Has.All.LessThan(sickAt));
            Assert.That(moved, Is.Not.Empty);
            Assert.That(moved.Select(v => v.BookedProviderId), Has.All.EqualTo("okafor"));
            Assert.That(moved.Select(v => v.ProviderId).Distinct().Count(), Is.EqualTo(5), "shared round-robin among the five others");
            Assert.That(moved.Select(v => v.Visit.State.ToString()), Has.All.AnyOf("Done", "LeftWithoutBeingSeen"));
        }
    }

    [Test]
    public void Walk_ins_after_booked_are_never_called_while_a_booked_patient_of_that_provider_waits()
    {
        var scenario = TestScenarios.Shipped("held-out/small-gp-walk-ins");

        foreach (var seed in Seeds)
        {
            var day = ClinicSimulator.Run(scenario, TestScenarios.Day, seed);
            var booked = day.Visits.Where(v => !v.WalkIn).ToList();
            foreach (var walkIn in day.Visits.Where(v => v.WalkIn && v.CalledAt is not null))
            {
                var called = walkIn.CalledAt!.Value;
                var waitingBooked = booked.Where(b => b.ProviderId == walkIn.ProviderId && b.ArrivedAt < called && WaitingUntil(b) > called);
                Assert.That(waitingBooked, Is.Empty, $"seed {seed}: {walkIn.Visit.Ticket.Code} called at {called:HH:mm:ss}");
            }
        }
    }

    [Test]
    public void Every_provider_always_calls_the_head_of_their_queue()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("mixed-visit-types"), TestScenarios.Day, seed: 5);

        foreach (var call in day.Events.Where(e => e.Kind == SimulatedEventKind.Called))
        {
            var then = day.Room.AsOf(call.At);
            var called = then.Visits.Single(v => v.Ticket.Code == call.TicketCode && v.ProviderId == call.ProviderId);
            var stillWaiting = then.Queue(call.ProviderId).Where(v => v.ArrivedAt < call.At);
            Assert.That(stillWaiting.Select(QueueKey), Has.All.GreaterThanOrEqualTo(QueueKey(called)), $"{call.TicketCode} at {call.At:HH:mm:ss}");
        }
    }

    /// <summary>The interleave policy's order: appointment time, then arrival.</summary>
    private static (DateTimeOffset, DateTimeOffset) QueueKey(Visit visit) => (visit.Appointment.StartsAt, visit.ArrivedAt!.Value);

    private static DateTimeOffset WaitingUntil(SimulatedVisit visit) =>
        visit.CalledAt ?? visit.Visit.Events[^1].At;

    private static TimeSpan At(TimeOnly time) => time.ToTimeSpan();
}
