using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Tests.Simulation;

public sealed class PatientBehaviourTests
{
    public static IEnumerable<string> Files() => TestScenarios.AllFiles();

    [TestCaseSource(nameof(Files))]
    public void Every_patient_who_arrived_is_seen_or_has_left_by_the_end_of_the_day(string file)
    {
        var day = ClinicSimulator.Run(Kiosk.Simulator.Scenarios.ScenarioLoader.Load(file), TestScenarios.Day, seed: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.Visits.Select(v => v.Visit.State), Has.All.AnyOf(VisitState.Done, VisitState.LeftWithoutBeingSeen));
            Assert.That(day.Visits.Where(v => v.Visit.State == VisitState.Done).Select(v => v.WaitMinutes), Has.All.GreaterThanOrEqualTo(0));
        }
    }

    [Test]
    public void The_no_show_rate_is_honoured_over_many_bookings()
    {
        var scenario = TestScenarios.Shipped("high-no-show");

        var days = Enumerable.Range(1, 5).Select(seed => ClinicSimulator.Run(scenario, TestScenarios.Day, seed)).ToList();

        var booked = days.Sum(d => d.Room.Appointments.Count(a => !a.WalkIn));
        var noShows = days.Sum(d => d.NoShows.Count);
        Assert.That(booked, Is.GreaterThan(1500));
        Assert.That(noShows / (double)booked, Is.EqualTo(scenario.Patients.NoShowRate).Within(0.03));
    }

    [Test]
    public void A_no_show_is_marked_half_an_hour_after_the_appointment_and_never_arrives()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("high-no-show"), TestScenarios.Day, seed: 2);
        var arrived = day.Visits.Select(v => v.Appointment.Id).ToHashSet();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.NoShows.Select(n => n.MarkedAt - n.Appointment.StartsAt), Has.All.EqualTo(TimeSpan.FromMinutes(30)));
            Assert.That(day.NoShows.Select(n => n.Appointment.Id), Has.None.AnyOf(arrived));
            Assert.That(day.NoShows.Select(n => n.Visit.State), Has.All.EqualTo(VisitState.NoShow));
            Assert.That(day.Room.Visits.Count(v => v.State == VisitState.NoShow), Is.EqualTo(day.NoShows.Count));
        }
    }

    [Test]
    public void Impatient_patients_leave_on_a_crowded_day()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("overbooked-afternoon"), TestScenarios.Day, seed: 4);

        Assert.That(day.Visits.Count(v => v.LeftWithoutBeingSeen), Is.Positive);
    }

    [Test]
    public void A_patient_who_gave_up_would_have_been_called_later_had_they_stayed_and_one_who_was_called_has_no_such_wait()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("overbooked-afternoon"), TestScenarios.Day, seed: 4);
        var leavers = day.Visits.Where(v => v.LeftWithoutBeingSeen).ToList();

        var ifStayed = leavers.Select(v => (Left: (v.Visit.Events[^1].At - v.ArrivedAt).TotalMinutes, Wait: ClinicSimulator.WaitIfStayed(day, v))).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(leavers, Is.Not.Empty);
            Assert.That(ifStayed.Select(s => s.Wait), Has.None.Null, "the providers see everyone still waiting before they go home");
            Assert.That(ifStayed.Where(s => s.Wait <= s.Left), Is.Empty, "the same day up to the moment they left: nobody had called them by then");
            Assert.That(ClinicSimulator.WaitIfStayed(day, day.Visits.First(v => v.WaitMinutes is not null)), Is.Null);
        }
    }

    [Test]
    public void The_domain_visits_hold_exactly_the_simulated_events_in_time_order()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("walk-in-urgent-care"), TestScenarios.Day, seed: 8);

        var visitEvents = day.Events.Where(e => e.TicketCode is not null).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.Events.Select(e => e.At), Is.Ordered);
            Assert.That(day.EventTimes, Is.Ordered.And.Unique);
            Assert.That(visitEvents, Has.Count.EqualTo(day.Room.Visits.Sum(v => v.Events.Count)));
            Assert.That(day.Visits.Count(v => v.WalkIn), Is.GreaterThan(day.Visits.Count / 2), "walk-in heavy");
        }
    }

    [Test]
    public void The_room_as_of_an_event_time_shows_who_had_arrived_by_then()
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped("quiet-morning"), TestScenarios.Day, seed: 9);
        var noon = day.EventTimes.First(t => t.TimeOfDay >= TimeSpan.FromHours(12));

        var then = day.Room.AsOf(noon);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(then.Visits.Count(v => v.ArrivedAt is not null), Is.EqualTo(day.Visits.Count(v => v.ArrivedAt <= noon)));
            Assert.That(then.Visits.Count(v => v.State == VisitState.NoShow), Is.EqualTo(day.NoShows.Count(n => n.MarkedAt <= noon)));
        }
    }
}
