using System.Text.Json.Nodes;
using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Tests.Scenarios;

/// <summary>The fields that let today differ from the past: history, walk-in rates, visit mixes and events.</summary>
public sealed class RegimeValidationTests
{
    public static IEnumerable<TestCaseData> BadHistory()
    {
        yield return Case("a change to an unknown provider", History("""{ "changes": { "providers": { "nobody": { "speed": 2 } } } }"""),
            "history.changes.providers.nobody: unknown provider 'nobody'");
        yield return Case("a change to an unknown visit type", History("""{ "changes": { "visitTypes": { "massage": { "bookingShare": 1 } } } }"""),
            "history.changes.visitTypes.massage: unknown visit type 'massage'");
        yield return Case("provider changes given as a list", History("""{ "changes": { "providers": [ { "id": "lee" } ] } }"""),
            "history.changes.providers: give an object keyed by provider id");
        yield return Case("a provider removed from the past", History("""{ "changes": { "providers": { "lee": null } } }"""),
            "history.changes.providers.lee: the past has the same providers as today");
        yield return Case("events changed for the past", History("""{ "changes": { "events": [] } }"""),
            "history.changes.events: cannot be changed for the past");
        yield return Case("a past that is not a valid scenario", History("""{ "changes": { "providers": { "lee": { "speed": -1 } } } }"""),
            "history.providers[lee].speed: must be positive");
        yield return Case("a past of the wrong shape", History("""{ "changes": { "patients": { "fillRate": "high" } } }"""),
            "history.patients.fillRate: expected a number");
        yield return Case("another clinic in the past", History("""{ "changes": { "clinic": { "id": "elsewhere" } } }"""),
            "history.clinic: differs from today's (id, name, time zone or walk-in policy)");
        yield return Case("other provider ids in the past", History("""{ "changes": { "providers": { "lee": { "id": "smith" } } } }"""),
            "history.providers: the past has smith, okafor but today has lee, okafor");
        yield return Case("another booked length in the past", History("""{ "changes": { "visitTypes": { "visit": { "configuredMinutes": 15 } } } }"""),
            "history.visitTypes[visit].configuredMinutes: 15 in the past but 10 today");
        yield return Case("a history file that is not there", History("""{ "scenario": "no-such-file.json" }"""),
            "history.scenario: no file 'no-such-file.json'");
        yield return Case("an unknown property in history", History("""{ "chnages": {} }"""), "history.chnages: unknown property");
    }

    public static IEnumerable<TestCaseData> BadRatesAndMixes()
    {
        yield return Case("a rate window that ends before it starts", Rates("""[ { "from": "11:00", "to": "10:00", "perHour": 8 } ]"""),
            "patients.walkIns.rates[0].to: 10:00 is not after from 11:00");
        yield return Case("a negative rate in a window", Rates("""[ { "from": "10:00", "to": "11:00", "perHour": -1 } ]"""),
            "patients.walkIns.rates[0].perHour: must not be negative");
        yield return Case("overlapping rate windows", Rates("""[ { "from": "10:00", "to": "11:00", "perHour": 8 }, { "from": "10:30", "to": "11:30", "perHour": 4 } ]"""),
            "patients.walkIns.rates[1]: 10:30–11:30 overlaps rates[0] (10:00–11:00)");
        yield return Case("both a duration and a mix", Mix("""[ { "share": 1, "median": 6, "sigma": 0.3 } ]""", keepDuration: true),
            "visitTypes[visit].duration: give either duration or mix, not both");
        yield return Case("neither a duration nor a mix", s => s["visitTypes"]![0]!.AsObject().Remove("duration"),
            "visitTypes[visit].duration: give duration (one lognormal) or mix");
        yield return Case("mix shares that do not add up to 1", Mix("""[ { "share": 0.6, "median": 6, "sigma": 0.3 }, { "share": 0.3, "median": 25, "sigma": 0.3 } ]"""),
            "visitTypes[visit].mix: the shares add up to 0.9, not 1");
        yield return Case("a mix share of zero", Mix("""[ { "share": 1, "median": 6, "sigma": 0.3 }, { "share": 0, "median": 25, "sigma": 0.3 } ]"""),
            "visitTypes[visit].mix[1].share: must be positive");
        yield return Case("a mix sigma of zero", Mix("""[ { "share": 1, "median": 6, "sigma": 0 } ]"""), "visitTypes[visit].mix[0].sigma: must be positive");
    }

    public static IEnumerable<TestCaseData> BadEvents()
    {
        yield return Case("an event for an unknown provider", Events("""[ { "day": 0, "provider": "nobody", "kind": "late", "minutes": 30 } ]"""),
            "events[0].provider: unknown provider 'nobody'");
        yield return Case("an unknown kind of event", Events("""[ { "day": 0, "provider": "lee", "kind": "holiday" } ]"""),
            "events[0].kind: unknown kind 'holiday'; expected \"late\", \"locum\" or \"sick\"");
        yield return Case("a late event without minutes", Events("""[ { "day": 0, "provider": "lee", "kind": "late" } ]"""),
            "events[0].minutes: a 'late' event needs minutes");
        yield return Case("a locum with minutes", Events("""[ { "day": 0, "provider": "lee", "kind": "locum", "speed": 1.5, "minutes": 10 } ]"""),
            "events[0].minutes: only a 'late' event has minutes; this one is 'locum'");
        yield return Case("a locum with no speed", Events("""[ { "day": 0, "provider": "lee", "kind": "locum", "speed": 0 } ]"""),
            "events[0].speed: must be positive");
        yield return Case("a day after today", Events("""[ { "day": 1, "provider": "lee", "kind": "late", "minutes": 30 } ]"""),
            "events[0].day: must be 0 (today) or negative (a past day), not 1");
        yield return Case("a day before the history", Events("""[ { "day": -1, "provider": "lee", "kind": "late", "minutes": 30 } ]"""),
            "events[0].day: -1 is before the first of the 0 history days");
        yield return Case("a sick event out of hours", Events("""[ { "day": 0, "provider": "lee", "kind": "sick", "at": "13:00" } ]"""),
            "events[0].at: must be within lee's hours (09:00–12:00)");
        yield return Case("two late events for one provider on one day",
            Events("""[ { "day": 0, "provider": "lee", "kind": "late", "minutes": 5 }, { "day": 0, "provider": "lee", "kind": "late", "minutes": 9 } ]"""),
            "events[1]: 'lee' already has a 'late' event on day 0 (events[0])");
        yield return Case("everyone sick on one day",
            Events("""[ { "day": 0, "provider": "lee", "kind": "sick", "at": "10:00" }, { "day": 0, "provider": "okafor", "kind": "sick", "at": "11:00" } ]"""),
            "events[1]: on day 0 every provider would go home sick");
    }

    [TestCaseSource(nameof(BadHistory))]
    [TestCaseSource(nameof(BadRatesAndMixes))]
    [TestCaseSource(nameof(BadEvents))]
    public void A_bad_regime_field_is_refused_with_a_message_that_names_the_field(string json, string expected)
    {
        Assert.That(() => TestScenarios.Parse(json), Throws.TypeOf<ScenarioException>().With.Message.Contains(expected));
    }

    [Test]
    public void History_changes_patch_the_past_only_and_keep_todays_events()
    {
        var json = TestScenarios.TinyWith(s =>
        {
            s["historyDays"] = 3;
            s["history"] = JsonNode.Parse("""{ "changes": { "providers": { "lee": { "speed": 2.0 } }, "patients": { "walkIns": { "perHour": 0.5 } } } }""");
            s["events"] = JsonNode.Parse("""[ { "day": -2, "provider": "okafor", "kind": "locum", "speed": 1.5 } ]""");
        });

        var scenario = TestScenarios.Parse(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Provider("lee").Speed, Is.EqualTo(1.0));
            Assert.That(scenario.Patients.WalkIns!.PerHour, Is.EqualTo(2));
            Assert.That(scenario.ForHistory().Provider("lee").Speed, Is.EqualTo(2.0));
            Assert.That(scenario.ForHistory().Patients.WalkIns!.PerHour, Is.EqualTo(0.5));
            Assert.That(scenario.ForHistory().Patients.WalkIns!.Providers, Is.EqualTo(new[] { "lee" }), "a merge patch keeps what it does not name");
            Assert.That(scenario.ForHistory().Events, Is.EqualTo(scenario.Events));
        }
    }

    [Test]
    public void A_scenario_without_history_simulates_its_past_with_itself()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Tiny);

        Assert.That(scenario.ForHistory(), Is.SameAs(scenario));
    }

    [Test]
    public void History_may_name_another_scenario_file_next_to_this_one_and_change_it()
    {
        var folder = Directory.CreateTempSubdirectory("kiosk-history-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "last-year.json"), TestScenarios.TinyWith(s => s["providers"]![0]!["speed"] = 1.5));
            File.WriteAllText(Path.Combine(folder, "today.json"), TestScenarios.TinyWith(s =>
                s["history"] = JsonNode.Parse("""{ "scenario": "last-year.json", "changes": { "providers": { "okafor": { "speed": 0.5 } } } }""")));

            var scenario = ScenarioLoader.Load(Path.Combine(folder, "today.json"));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(scenario.Providers.Select(p => p.Speed), Is.EqualTo(new[] { 1.0, 1.0 }));
                Assert.That(scenario.ForHistory().Providers.Select(p => p.Speed), Is.EqualTo(new[] { 1.5, 0.5 }));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Surges_mixes_and_events_load_as_written()
    {
        var json = TestScenarios.TinyWith(s =>
        {
            s["patients"]!["walkIns"]!["rates"] = JsonNode.Parse("""[ { "from": "10:00", "to": "11:00", "perHour": 8 } ]""");
            s["visitTypes"]![0]!.AsObject().Remove("duration");
            s["visitTypes"]![0]!["mix"] = JsonNode.Parse("""[ { "share": 0.7, "median": 6, "sigma": 0.3 }, { "share": 0.3, "median": 25, "sigma": 0.35 } ]""");
            s["events"] = JsonNode.Parse("""[ { "day": 0, "provider": "okafor", "kind": "sick", "at": "11:00" } ]""");
        });

        var scenario = TestScenarios.Parse(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Patients.WalkIns!.PerHourAt(new TimeOnly(10, 30)), Is.EqualTo(8));
            Assert.That(scenario.Patients.WalkIns!.PerHourAt(new TimeOnly(11, 0)), Is.EqualTo(2), "a window ends before its 'to'");
            Assert.That(scenario.VisitType("visit").TrueDuration(1), Is.EqualTo(new LogNormalSpec { Median = 25, Sigma = 0.35 }));
            Assert.That(scenario.Events![0].At, Is.EqualTo(new TimeOnly(11, 0)));
        }
    }

    private static Action<JsonObject> History(string history) => s => s["history"] = JsonNode.Parse(history);

    private static Action<JsonObject> Rates(string rates) => s => s["patients"]!["walkIns"]!["rates"] = JsonNode.Parse(rates);

    private static Action<JsonObject> Events(string events) => s => s["events"] = JsonNode.Parse(events);

    private static Action<JsonObject> Mix(string mix, bool keepDuration = false) => s =>
    {
        if (!keepDuration)
        {
            s["visitTypes"]![0]!.AsObject().Remove("duration");
        }

        s["visitTypes"]![0]!["mix"] = JsonNode.Parse(mix);
    };

    private static TestCaseData Case(string what, Action<JsonObject> change, string expected) =>
        new TestCaseData(TestScenarios.TinyWith(change), expected).SetArgDisplayNames(what);
}
