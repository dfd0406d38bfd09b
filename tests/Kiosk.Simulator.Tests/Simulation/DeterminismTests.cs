using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests.Simulation;

public sealed class DeterminismTests
{
    [Test]
    public void The_same_seed_gives_the_same_day()
    {
        var scenario = TestScenarios.Shipped("provider-sick-midday");

        var first = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 42);
        var second = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 42);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Events, Is.EqualTo(first.Events));
            Assert.That(second.EventTimes, Is.EqualTo(first.EventTimes));
            Assert.That(CalledTimes(second), Is.EqualTo(CalledTimes(first)));
            Assert.That(second.Room.Delays.Select(d => (d.ProviderId, d.Minutes, d.SetAt)), Is.EqualTo(first.Room.Delays.Select(d => (d.ProviderId, d.Minutes, d.SetAt))));
        }
    }

    [Test]
    public void A_different_seed_gives_a_different_day()
    {
        var scenario = TestScenarios.Shipped("quiet-morning");

        var first = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 1);
        var second = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 2);

        Assert.That(CalledTimes(second), Is.Not.EqualTo(CalledTimes(first)));
    }

    [Test]
    public void History_is_the_days_before_oldest_first_each_with_its_own_seed()
    {
        var scenario = TestScenarios.Shipped("quiet-morning");

        var history = ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 7, days: 3);
        var again = ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 7, days: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Select(d => d.Day), Is.EqualTo(new[] { TestScenarios.Day.AddDays(-3), TestScenarios.Day.AddDays(-2), TestScenarios.Day.AddDays(-1) }));
            Assert.That(history.Select(d => d.Seed).Distinct().Count(), Is.EqualTo(3));
            Assert.That(history.Select(d => d.Seed), Does.Not.Contain(7));
            Assert.That(again.Select(CalledTimes), Is.EqualTo(history.Select(CalledTimes)));
            Assert.That(history.Select(d => d.Room.Day), Is.EqualTo(history.Select(d => d.Day)));
        }
    }

    [Test]
    public void History_defaults_to_the_scenarios_history_days()
    {
        var scenario = TestScenarios.Shipped("quiet-morning") with { HistoryDays = 2 };

        Assert.That(ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 7), Has.Count.EqualTo(2));
    }

    private static List<(string Ticket, string Patient, DateTimeOffset? Called)> CalledTimes(SimulatedDay day) =>
        [.. day.Visits.Select(v => (v.Visit.Ticket.Code, v.Visit.Patient.DisplayName, v.CalledAt))];
}
