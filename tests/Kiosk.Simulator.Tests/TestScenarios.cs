using System.Text.Json.Nodes;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;

namespace Kiosk.Simulator.Tests;

/// <summary>The shipped scenario files, and a tiny valid scenario to break on purpose.</summary>
internal static class TestScenarios
{
    public static readonly DateOnly Day = ClinicSimulator.DefaultDay;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "kiosk-content", "scenarios");

    public static string HeldOutFolder => Path.Combine(Folder, "held-out");

    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Folder, "*.json").Concat(Directory.EnumerateFiles(HeldOutFolder, "*.json")).Order(StringComparer.Ordinal);

    public static Scenario Shipped(string name) => ScenarioLoader.Load(Path.Combine(Folder, name + ".json"));

    public const string Tiny = """
        {
          "name": "tiny",
          "description": "One provider, one visit type.",
          "historyDays": 0,
          "clinic": { "id": "tiny", "name": "Tiny Clinic", "timeZone": "Europe/London", "walkInPolicy": "interleave" },
          "visitTypes": [
            { "id": "visit", "name": "Visit", "configuredMinutes": 10, "duration": { "median": 10, "sigma": 0.3 }, "bookingShare": 1 }
          ],
          "providers": [
            { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "start": "09:00", "end": "12:00", "slotMinutes": 10 },
            { "id": "okafor", "name": "Dr Okafor", "ticketPrefix": "B", "start": "09:00", "end": "12:00", "slotMinutes": 10 }
          ],
          "patients": {
            "fillRate": 1, "overbookRate": 0, "noShowRate": 0.1,
            "arrivalOffset": { "mean": -5, "sd": 5 },
            "walkIns": { "perHour": 2, "visitTypes": { "visit": 1 }, "providers": ["lee"] }
          }
        }
        """;

    /// <summary>The tiny scenario with one change made to its JSON.</summary>
    public static string TinyWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Tiny)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static Scenario Parse(string json) => ScenarioLoader.Parse(json, "test.json");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Kiosk.sln not found above the test directory.");
    }
}
