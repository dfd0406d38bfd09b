using System.Globalization;
using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests.Simulation;

/// <summary>
/// Scenarios that use none of history, events, surges or mixes simulate exactly as before those
/// were added: the values were taken from the simulator before the change.
/// </summary>
public sealed class UnchangedScenarioTests
{
    [TestCase("provider-sick-midday", 3, "243 visits, 12 no-shows, wait 7426.567, service 2256.290")]
    [TestCase("walk-in-urgent-care", 5, "239 visits, 21 no-shows, wait 3743.217, service 2737.360")]
    [TestCase("mixed-visit-types", 2, "256 visits, 13 no-shows, wait 4426.617, service 2035.401")]
    [TestCase("interrupted-day", 9, "256 visits, 14 no-shows, wait 9158.933, service 2220.595")]
    public void An_existing_scenarios_day_is_the_same_as_before(string name, int seed, string expected)
    {
        var day = ClinicSimulator.Run(TestScenarios.Shipped(name), TestScenarios.Day, seed);

        Assert.That(Summary(day), Is.EqualTo(expected));
    }

    [Test]
    public void An_existing_scenarios_history_is_the_same_as_before()
    {
        var history = ClinicSimulator.SimulateHistory(TestScenarios.Shipped("quiet-morning"), TestScenarios.Day, seed: 4, days: 3);

        Assert.That(history.Select(Summary), Is.EqualTo(new[]
        {
            "235 visits, 5 no-shows, wait 2040.183, service 2099.278",
            "238 visits, 10 no-shows, wait 1677.917, service 1992.060",
            "222 visits, 18 no-shows, wait 2358.400, service 2055.644",
        }));
    }

    /// <summary>Visits, no-shows, total wait and total service minutes: any changed draw moves at least one of them.</summary>
    private static string Summary(SimulatedDay day) => string.Create(
        CultureInfo.InvariantCulture,
        $"{day.Visits.Count} visits, {day.NoShows.Count} no-shows, wait {day.Visits.Sum(v => v.WaitMinutes ?? 0):0.000}, service {day.Visits.Sum(v => v.ServiceMinutes ?? 0):0.000}");
}
