using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests.Scenarios;

/// <summary>The shipped scenarios whose today differs from their past really do differ the way their description says.</summary>
public sealed class ShippedRegimeChangeTests
{
    private static readonly string[] Named =
    [
        "locum-slower-than-history", "late-today-only", "rush-after-quiet-history", "longer-visits-today", "faster-than-history",
    ];

    private static readonly int[] Seeds = [1, 2, 3];

    [Test]
    public void Every_regime_change_scenario_is_shipped_and_its_today_differs_from_its_past()
    {
        var scenarios = Named.Select(TestScenarios.Shipped).ToList();

        var sameAsThePast = scenarios.Where(s => s.Past is null && !(s.Events?.Any(e => e.Day == 0) ?? false)).Select(s => s.Name);
        Assert.That(sameAsThePast, Is.Empty);
    }

    [Test]
    public void At_least_two_held_out_scenarios_change_regime_in_different_clinics()
    {
        var heldOut = ScenarioLoader.LoadFolder(TestScenarios.HeldOutFolder).Where(s => s.Past is not null || s.Events is { Count: > 0 }).ToList();

        Assert.That(heldOut.Select(s => s.Clinic.Id).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void The_locum_takes_about_one_and_a_half_times_as_long_as_the_gp_in_the_history()
    {
        var (past, today) = Simulate("locum-slower-than-history");

        Assert.That(MeanService(today, "haddad") / MeanService(past, "haddad"), Is.InRange(1.35, 1.65));
    }

    [Test]
    public void Every_gp_is_quicker_today_than_in_the_history()
    {
        var (past, today) = Simulate("faster-than-history");

        var ratios = today.SelectMany(d => d.Scenario.Providers).Select(p => p.Id).Distinct().Select(id => MeanService(today, id) / MeanService(past, id));
        Assert.That(ratios, Has.All.InRange(0.7, 0.9));
    }

    [Test]
    public void The_late_gp_starts_45_minutes_late_today_and_on_time_in_the_history()
    {
        var (past, today) = Simulate("late-today-only");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(today.Select(d => FirstCall(d, "kovacs")), Has.All.EqualTo(new TimeOnly(9, 15)));
            Assert.That(past.Select(d => FirstCall(d, "kovacs")), Has.All.LessThan(new TimeOnly(9, 5)), "an empty waiting room can hold the first call back a little");
            Assert.That(past.Count(d => FirstCall(d, "kovacs") < new TimeOnly(8, 40)), Is.GreaterThan(past.Count * 9 / 10));
        }
    }

    [Test]
    public void Walk_ins_rush_in_this_morning_after_a_quiet_history()
    {
        var (past, today) = Simulate("rush-after-quiet-history");

        double PerHour(IReadOnlyList<SimulatedDay> days) => days.Sum(d => d.Visits.Count(v => v.WalkIn && v.ArrivedAt.TimeOfDay >= TimeSpan.FromHours(9.5) && v.ArrivedAt.TimeOfDay < TimeSpan.FromHours(12))) / 2.5 / days.Count;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PerHour(today), Is.InRange(6.0, 10.0));
            Assert.That(PerHour(past), Is.InRange(0.5, 1.5));
        }
    }

    [Test]
    public void Many_more_same_day_visits_are_long_today_than_in_the_history()
    {
        var (past, today) = Simulate("longer-visits-today");

        double LongShare(IReadOnlyList<SimulatedDay> days)
        {
            var acute = days.SelectMany(d => d.Visits).Where(v => v.Appointment.VisitTypeId == "acute" && v.ServiceMinutes is not null).ToList();
            return acute.Count(v => v.ServiceMinutes > 12) / (double)acute.Count;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(LongShare(today), Is.InRange(0.3, 0.5));
            Assert.That(LongShare(past), Is.InRange(0.05, 0.17));
        }
    }

    /// <summary>Three seeds of today and each seed's 20 history days.</summary>
    private static (IReadOnlyList<SimulatedDay> Past, IReadOnlyList<SimulatedDay> Today) Simulate(string name)
    {
        var scenario = TestScenarios.Shipped(name);
        return ([.. Seeds.SelectMany(seed => ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed))],
                [.. Seeds.Select(seed => ClinicSimulator.Run(scenario, TestScenarios.Day, seed))]);
    }

    private static double MeanService(IEnumerable<SimulatedDay> days, string providerId) =>
        days.SelectMany(d => d.Visits).Where(v => v.ProviderId == providerId && v.ServiceMinutes is not null).Average(v => v.ServiceMinutes!.Value);

    private static TimeOnly FirstCall(SimulatedDay day, string providerId) =>
        TimeOnly.FromTimeSpan(day.Events.First(e => e.Kind == SimulatedEventKind.Called && e.ProviderId == providerId).At.TimeOfDay);
}
