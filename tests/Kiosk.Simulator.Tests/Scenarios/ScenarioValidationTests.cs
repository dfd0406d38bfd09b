using System.Text.Json.Nodes;
using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Tests.Scenarios;

public sealed class ScenarioValidationTests
{
    public static IEnumerable<TestCaseData> BadFields()
    {
        yield return Case("an unknown walk-in provider", s => s["patients"]!["walkIns"]!["providers"] = new JsonArray("nobody"),
            "patients.walkIns.providers: unknown provider 'nobody'");
        yield return Case("an unknown walk-in visit type", s => s["patients"]!["walkIns"]!["visitTypes"] = new JsonObject { ["massage"] = 1 },
            "patients.walkIns.visitTypes.massage: unknown visit type 'massage'");
        yield return Case("an unknown visit type for a provider", s => s["providers"]![0]!["visitTypes"] = new JsonArray("massage"),
            "providers[lee].visitTypes: unknown visit type 'massage'");
        yield return Case("a negative walk-in rate", s => s["patients"]!["walkIns"]!["perHour"] = -1, "patients.walkIns.perHour: must not be negative");
        yield return Case("a no-show rate above 1", s => s["patients"]!["noShowRate"] = 1.5, "patients.noShowRate: must be between 0 and 1");
        yield return Case("a negative interruption rate",
            s => s["providers"]![0]!["interruptions"] = JsonNode.Parse("""{ "perHour": -0.5, "duration": { "median": 5, "sigma": 0.5 } }"""),
            "providers[lee].interruptions.perHour: must not be negative");
        yield return Case("an end before the start", s => s["providers"]![1]!["end"] = "08:00", "providers[okafor].end: 08:00 is not after start 09:00");
        yield return Case("a sigma of zero", s => s["visitTypes"]![0]!["duration"]!["sigma"] = 0, "visitTypes[visit].duration.sigma: must be positive");
        yield return Case("a walk-in share of zero", s => s["patients"]!["walkIns"]!["visitTypes"]!["visit"] = 0,
            "patients.walkIns.visitTypes.visit: the share must be positive");
        yield return Case("no positive booking share", s => s["visitTypes"]![0]!["bookingShare"] = 0, "visitTypes: at least one bookingShare must be positive");
        yield return Case("an unknown time zone", s => s["clinic"]!["timeZone"] = "Mars/Olympus", "clinic.timeZone: unknown time zone 'Mars/Olympus'");
        yield return Case("a lunch outside the day", s => s["providers"]![0]!["lunch"] = JsonNode.Parse("""{ "at": "13:00", "minutes": 30 }"""),
            "providers[lee].lunch.at: must be within the provider's start and end");
        yield return Case("a sickAt outside the day", s => s["providers"]![0]!["sickAt"] = "18:00", "providers[lee].sickAt");
        yield return Case("everyone sick", s => { s["providers"]![0]!["sickAt"] = "10:00"; s["providers"]![1]!["sickAt"] = "11:00"; },
            "providers: at least one provider must not fall sick");
        yield return Case("a duplicate provider id", s => s["providers"]![1]!["id"] = "lee", "providers: the id 'lee' is used more than once");
        yield return Case("a negative history", s => s["historyDays"] = -1, "historyDays: must be 0 or more");
    }

    public static IEnumerable<TestCaseData> BadShapes()
    {
        yield return Case("an unknown walk-in policy", s => s["clinic"]!["walkInPolicy"] = "firstComeFirstServed",
            "clinic.walkInPolicy: unknown walk-in policy 'firstComeFirstServed'; expected \"interleave\" or \"afterBooked\"");
        yield return Case("a misspelt property", s => s["providers"]![0]!["slotMinute"] = 10, "providers[0].slotMinute");
        yield return Case("a missing required property", s => s["providers"]![0]!.AsObject().Remove("slotMinutes"), "slotMinutes");
        yield return Case("a time not written HH:mm", s => s["providers"]![0]!["start"] = "9am", "providers[0].start: expected a time written \"HH:mm\"");
        yield return Case("a null where a value is needed", s => s["clinic"]!["name"] = null, "clinic.name");
        yield return Case("a number written as text", s => s["patients"]!["fillRate"] = "0.9", "patients.fillRate");
    }

    [TestCaseSource(nameof(BadFields))]
    [TestCaseSource(nameof(BadShapes))]
    public void A_bad_file_is_refused_with_a_message_that_names_the_field(string json, string expected)
    {
        Assert.That(() => TestScenarios.Parse(json), Throws.TypeOf<ScenarioException>().With.Message.Contains(expected));
    }

    [Test]
    public void Malformed_json_is_refused_with_its_line_and_position()
    {
        const string json = "{\n  \"name\": \"broken\",\n  \"historyDays\": 3\n  \"clinic\": {}\n}";

        Assert.That(() => TestScenarios.Parse(json), Throws.TypeOf<ScenarioException>().With.Message.Contains("line 4, position 3"));
    }

    [Test]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var json = TestScenarios.TinyWith(s =>
        {
            s["patients"]!["noShowRate"] = -0.1;
            s["providers"]![0]!["slotMinutes"] = 0;
        });

        var refused = Assert.Throws<ScenarioException>(() => TestScenarios.Parse(json));

        Assert.That(refused.Problems, Has.Some.StartsWith("patients.noShowRate").And.Some.StartsWith("providers[lee].slotMinutes"));
    }

    [Test]
    public void A_valid_file_loads_with_its_name_and_the_defaults()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Tiny);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Name, Is.EqualTo("tiny"));
            Assert.That(scenario.Providers[0].Speed, Is.EqualTo(1.0));
            Assert.That(scenario.Providers[0].Start, Is.EqualTo(new TimeOnly(9, 0)));
            Assert.That(scenario.Patients.Patience, Is.Null);
        }
    }

    private static TestCaseData Case(string what, Action<JsonObject> change, string expected) =>
        new TestCaseData(TestScenarios.TinyWith(change), expected).SetArgDisplayNames(what);
}
