using Kiosk.Hub.Clinic;
using Kiosk.Hub.Room;
using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Tests.Room;

/// <summary>The demo's past is simulated for the demo clinic itself: a scenario for another clinic stops the hub saying where they differ.</summary>
public sealed class DemoHistoryScenarioTests
{
    private static readonly string ContentDir = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content"));
    private static readonly string ShippedScenario = Path.Combine(ContentDir, "demo", "history-scenario.json");
    private static readonly ClinicProfile DemoClinic = ClinicFile.Load(Path.Combine(ContentDir, "clinic.demo.json")).ToProfile();

    [Test]
    public void The_shipped_demo_history_simulates_the_demo_clinic() =>
        Assert.That(DemoHistorySetup.Mismatches(DemoHistorySetup.Load(ShippedScenario, DemoClinic), DemoClinic), Is.Empty);

    [Test]
    public void A_scenario_with_other_visit_lengths_providers_or_time_zone_is_refused_naming_each_difference()
    {
        var shipped = ScenarioLoader.Load(ShippedScenario);
        var other = shipped with
        {
            Clinic = shipped.Clinic with { TimeZone = "America/Toronto" },
            VisitTypes = [.. shipped.VisitTypes.Select(v => v.Id == "checkup" ? v with { ConfiguredMinutes = 20 } : v)],
            Providers = [.. shipped.Providers.Select(p => p.Id == "nurse" ? p with { Id = "nurse-ahmed" } : p)],
        };

        Assert.That(DemoHistorySetup.Mismatches(other, DemoClinic), Is.EqualTo(new[]
        {
            "clinic.timeZone: America/Toronto, the clinic's is Europe/London.",
            "providers[nurse-ahmed]: the clinic has no such provider.",
            "visitTypes[checkup].configuredMinutes: 20, the clinic books 15.",
        }));
    }

    [Test]
    public void A_demo_history_file_that_is_not_a_scenario_stops_the_hub_with_a_readable_reason()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("demo-history-").FullName, "history.json");
        File.WriteAllText(bad, """{ "historyDays": 20 }""");

        var refused = Assert.Throws<InvalidDataException>(() => DemoHistorySetup.Load(bad, DemoClinic));

        Assert.That(refused!.Message, Does.StartWith("Demo history scenario history.json: ").And.Contain("missing required property"));
        Directory.Delete(Path.GetDirectoryName(bad)!, recursive: true);
    }
}
