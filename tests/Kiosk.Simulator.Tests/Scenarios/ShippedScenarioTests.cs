using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests.Scenarios;

public sealed class ShippedScenarioTests
{
    private static readonly string[] Named =
    [
        "quiet-morning", "overbooked-afternoon", "provider-40-min-late", "walk-in-urgent-care",
        "high-no-show", "mixed-visit-types", "provider-sick-midday", "cold-start",
    ];

    public static IEnumerable<string> Files() => TestScenarios.AllFiles();

    [Test]
    public void Every_named_scenario_of_the_issue_is_shipped()
    {
        var shipped = Directory.EnumerateFiles(TestScenarios.Folder, "*.json").Select(Path.GetFileNameWithoutExtension);

        Assert.That(shipped, Is.SupersetOf(Named));
    }

    [Test]
    public void At_least_three_held_out_clinics_are_shipped_apart()
    {
        var heldOut = ScenarioLoader.LoadFolder(TestScenarios.HeldOutFolder);

        Assert.That(heldOut.Select(s => s.Clinic.Id).Distinct().Count(), Is.GreaterThanOrEqualTo(3));
    }

    /// <remarks>A two-provider practice cannot see 200 patients a day; the benchmark pools its seeds instead.</remarks>
    [TestCaseSource(nameof(Files))]
    public void Each_scenario_file_loads_and_its_day_has_at_least_200_visits(string file)
    {
        var scenario = ScenarioLoader.Load(file);
        var minimum = scenario.Providers.Count <= 2 ? 100 : 200;

        var day = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 1);

        TestContext.Out.WriteLine($"{scenario.Name}: {day.Visits.Count} visits, {day.NoShows.Count} no-shows, {day.Events.Count} events");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Name, Is.EqualTo(Path.GetFileNameWithoutExtension(file)));
            Assert.That(scenario.Description, Is.Not.Empty);
            Assert.That(day.Visits, Has.Count.GreaterThanOrEqualTo(minimum));
        }
    }

    public static IEnumerable<TestCaseData> DocumentedExamples()
    {
        var doc = File.ReadAllText(Path.Combine(TestScenarios.Folder, "..", "..", "docs", "simulator.md"));
        return doc.Split("```json").Skip(1).Select((block, i) => new TestCaseData(block.Split("```", 2)[0]).SetArgDisplayNames($"example {i + 1}"));
    }

    [TestCaseSource(nameof(DocumentedExamples))]
    public void Each_example_in_the_documentation_loads_and_runs_today_and_its_history(string json)
    {
        var scenario = ScenarioLoader.Parse(json, "docs/simulator.md");

        var day = ClinicSimulator.Run(scenario, TestScenarios.Day, seed: 1);
        var history = ClinicSimulator.SimulateHistory(scenario, TestScenarios.Day, seed: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.Visits, Is.Not.Empty);
            Assert.That(history, Has.Count.EqualTo(scenario.HistoryDays));
            Assert.That(history.Select(d => d.Visits.Count), Has.All.Positive);
        }
    }

    [Test]
    public void The_cold_start_clinic_has_no_history_and_the_others_have_some()
    {
        var scenarios = ScenarioLoader.LoadFolder(TestScenarios.Folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenarios.Single(s => s.Name == "cold-start").HistoryDays, Is.Zero);
            Assert.That(scenarios.Where(s => s.Name != "cold-start").Select(s => s.HistoryDays), Has.All.Positive);
        }
    }
}
