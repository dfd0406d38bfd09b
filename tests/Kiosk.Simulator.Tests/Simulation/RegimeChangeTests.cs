using System.Text.Json.Nodes;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests.Simulation;

/// <summary>Days whose today differs from the past: history changes, surges, visit mixes and per-day events.</summary>
public sealed class RegimeChangeTests
{
    private static readonly int[] Seeds = [.. Enumerable.Range(1, 20)];

    [Test]
    public void History_changes_change_the_past_days_and_not_today()
    {
        var scenario = Tiny(s =>
        {
            s["historyDays"] = 5;
            s["history"] = JsonNode.Parse("""{ "changes": { "providers": { "lee": { "speed": 2.0 } } } }""");
        });

        var past = Seeds.SelectMany(seed => ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed)).ToList();
        var today = Seeds.Select(seed => ClinicSimulator.Run(scenario, TestScenarios.Day, seed)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(MeanService(past, "lee") / MeanService(today, "lee"), Is.InRange(1.8, 2.2), "Dr Lee took twice as long in the past");
            Assert.That(MeanService(past, "okafor") / MeanService(today, "okafor"), Is.InRange(0.9, 1.1), "Dr Okafor is the same");
            Assert.That(past.Select(d => d.Scenario), Has.All.SameAs(scenario.Past));
            Assert.That(today.Select(d => d.Scenario), Has.All.SameAs(scenario));
        }
    }

    [Test]
    public void A_surge_raises_walk_in_arrivals_inside_its_window_and_not_outside()
    {
        // Walk-ins come 09:00–11:30 (until half an hour before Dr Lee ends): 1 an hour, 12 from 10:00 to 11:00.
        var surge = Tiny(s =>
        {
            s["patients"]!["walkIns"]!["perHour"] = 1;
            s["patients"]!["walkIns"]!["rates"] = JsonNode.Parse("""[ { "from": "10:00", "to": "11:00", "perHour": 12 } ]""");
        });

        var arrivals = Seeds
            .SelectMany(seed => ClinicSimulator.Run(surge, TestScenarios.Day, seed).Visits.Where(v => v.WalkIn))
            .Select(v => TimeOnly.FromTimeSpan(v.ArrivedAt.TimeOfDay))
            .ToList();

        var inside = arrivals.Count(t => t >= new TimeOnly(10, 0) && t < new TimeOnly(11, 0)) / (double)Seeds.Length;
        var outside = arrivals.Count(t => t < new TimeOnly(10, 0) || t >= new TimeOnly(11, 0)) / (double)Seeds.Length / 1.5;
        TestContext.Out.WriteLine($"walk-ins per hour: {inside:0.00} in the surge, {outside:0.00} outside");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inside, Is.InRange(9.0, 15.0));
            Assert.That(outside, Is.InRange(0.4, 1.8));
        }
    }

    [Test]
    public void A_scenario_with_a_mix_has_visits_of_both_lengths_in_their_shares()
    {
        var mixed = Tiny(s =>
        {
            s["visitTypes"]![0]!.AsObject().Remove("duration");
            s["visitTypes"]![0]!["mix"] = JsonNode.Parse("""[ { "share": 0.7, "median": 6, "sigma": 0.2 }, { "share": 0.3, "median": 25, "sigma": 0.2 } ]""");
        });

        var minutes = Seeds.SelectMany(seed => ClinicSimulator.Run(mixed, TestScenarios.Day, seed).Visits).Select(v => v.ServiceMinutes!.Value).ToList();

        var longShare = minutes.Count(m => m > 12.5) / (double)minutes.Count;
        var between = minutes.Count(m => m is > 10 and < 15) / (double)minutes.Count;
        TestContext.Out.WriteLine($"{minutes.Count} visits, {longShare:0.000} long, {between:0.000} between 10 and 15 minutes");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(minutes, Has.Count.GreaterThan(600));
            Assert.That(longShare, Is.EqualTo(0.3).Within(0.05));
            Assert.That(between, Is.LessThan(0.03), "two lengths, hardly anything in between");
        }
    }

    [Test]
    public void A_late_event_today_delays_only_todays_start_and_changes_no_other_draw()
    {
        // Dr Lee's lateStart and interruptions are drawn from the day's random numbers: the event must not shift them.
        static void Usual(JsonObject s)
        {
            s["historyDays"] = 3;
            s["providers"]![0]!["lateStart"] = JsonNode.Parse("""{ "mean": 3, "sd": 3 }""");
            s["providers"]![0]!["interruptions"] = JsonNode.Parse("""{ "perHour": 1, "duration": { "median": 5, "sigma": 0.5 } }""");
        }

        var plain = Tiny(Usual);
        var late = Tiny(s =>
        {
            Usual(s);
            s["events"] = JsonNode.Parse("""[ { "day": 0, "provider": "lee", "kind": "late", "minutes": 45 } ]""");
        });

        var today = ClinicSimulator.Run(late, TestScenarios.Day, seed: 5);
        var past = ClinicSimulator.SimulateHistory(late, TestScenarios.Day, seed: 5);
        var todayWithout = ClinicSimulator.Run(plain, TestScenarios.Day, seed: 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(FirstCall(today, "lee"), Is.EqualTo(new TimeOnly(9, 45)), "exactly 45 minutes late: the patients were already waiting");
            Assert.That(past.Select(d => FirstCall(d, "lee")), Has.All.LessThan(new TimeOnly(9, 15)));
            Assert.That(past.Select(d => d.DayOffset), Is.EqualTo(new[] { -3, -2, -1 }));
            Assert.That(Arrivals(today), Is.EquivalentTo(Arrivals(todayWithout)), "the same patients arrive at the same times");
            Assert.That(ServiceMinutes(today), Is.EquivalentTo(ServiceMinutes(todayWithout)), "with the same true visit lengths");
        }
    }

    [Test]
    public void A_locum_on_a_past_day_changes_that_day_only()
    {
        var scenario = Tiny(s =>
        {
            s["historyDays"] = 3;
            s["events"] = JsonNode.Parse("""[ { "day": -2, "provider": "lee", "kind": "locum", "speed": 2.0 } ]""");
        });

        var ratios = Seeds.Select(seed => ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed))
            .Select(days => MeanService([days[1]], "lee") / MeanService([days[0], days[2]], "lee"))
            .ToList();

        Assert.That(ratios.Average(), Is.InRange(1.8, 2.2));
    }

    [Test]
    public void A_sick_event_sends_the_provider_home_that_day_and_not_on_the_others()
    {
        var scenario = Tiny(s =>
        {
            s["historyDays"] = 3;
            s["events"] = JsonNode.Parse("""[ { "day": -1, "provider": "okafor", "kind": "sick", "at": "10:00" } ]""");
        });

        var past = ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 2);
        var today = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(LastCall(past[2], "okafor"), Is.LessThan(new TimeOnly(10, 0)));
            Assert.That(past[2].Visits.Where(v => v.Moved).Select(v => v.ProviderId), Has.All.EqualTo("lee").And.Not.Empty);
            Assert.That(new[] { past[0], past[1], today }.Select(d => LastCall(d, "okafor")), Has.All.GreaterThan(new TimeOnly(11, 30)));
        }
    }

    [Test]
    public void A_patient_who_gave_up_on_a_day_with_an_event_is_replayed_on_that_same_day()
    {
        var scenario = Tiny(s =>
        {
            s["historyDays"] = 2;
            s["patients"]!["patience"] = JsonNode.Parse("""{ "median": 20, "sigma": 0.3 }""");
            s["events"] = JsonNode.Parse("""[ { "day": -1, "provider": "lee", "kind": "late", "minutes": 60 } ]""");
        });
        var day = ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 3)[1];
        var leaver = day.Visits.First(v => v.LeftWithoutBeingSeen && v.BookedProviderId == "lee" && v.Appointment.StartsAt.TimeOfDay < TimeSpan.FromHours(9.5));

        var wait = ClinicSimulator.WaitIfStayed(day, leaver);

        Assert.That(wait, Is.GreaterThan((new TimeOnly(10, 0).ToTimeSpan() - leaver.ArrivedAt.TimeOfDay).TotalMinutes - 0.01), "Dr Lee started at 10:00 on the replay too");
    }

    private static Scenario Tiny(Action<JsonObject> change) => TestScenarios.Parse(TestScenarios.TinyWith(change));

    private static double MeanService(IEnumerable<SimulatedDay> days, string providerId) =>
        days.SelectMany(d => d.Visits).Where(v => v.ProviderId == providerId && v.ServiceMinutes is not null).Average(v => v.ServiceMinutes!.Value);

    private static TimeOnly FirstCall(SimulatedDay day, string providerId) =>
        TimeOnly.FromTimeSpan(day.Events.First(e => e.Kind == SimulatedEventKind.Called && e.ProviderId == providerId).At.TimeOfDay);

    private static TimeOnly LastCall(SimulatedDay day, string providerId) =>
        TimeOnly.FromTimeSpan(day.Events.Last(e => e.Kind == SimulatedEventKind.Called && e.ProviderId == providerId).At.TimeOfDay);

    private static IEnumerable<(Guid, double?)> ServiceMinutes(SimulatedDay day) => day.Visits.Select(v => (v.CheckInKey, v.ServiceMinutes));

    private static IEnumerable<(Guid, DateTimeOffset)> Arrivals(SimulatedDay day) => day.Visits.Select(v => (v.CheckInKey, v.ArrivedAt));
}
