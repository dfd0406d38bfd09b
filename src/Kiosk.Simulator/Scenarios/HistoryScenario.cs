using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kiosk.Simulator.Scenarios;

/// <summary>
/// Builds the scenario the past days use from a scenario's <c>history</c>: the named file (or this
/// one), without its history and events, with <c>history.changes</c> applied; then checks it like
/// any scenario and checks that it is the same clinic as today.
/// </summary>
internal static class HistoryScenario
{
    private static readonly JsonDocumentOptions Reading = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <param name="json">Today's file, the base of the past when history names no other file.</param>
    /// <param name="folder">Where a named history file is looked for.</param>
    public static Scenario? Build(Scenario today, HistorySpec history, string json, string folder, List<string> problems)
    {
        var before = problems.Count;
        var basis = history.Scenario is { } file ? Read(Path.Combine(folder, file), file, problems) : JsonNode.Parse(json, null, Reading)!.AsObject();
        if (basis is null)
        {
            return null;
        }

        basis.Remove("history");
        basis.Remove("events");
        var patched = history.Changes is { } changes ? ScenarioChanges.Apply(basis, changes, problems) : basis;
        if (problems.Count > before)
        {
            return null;
        }

        Scenario? past;
        try
        {
            past = patched.Deserialize<Scenario>(ScenarioJson.Options);
        }
        catch (JsonException e)
        {
            problems.Add($"history.{ScenarioLoader.Describe(e, withLine: false)}");
            return null;
        }

        past = past! with { Name = $"{today.Name} (history)", HistoryDays = today.HistoryDays };
        problems.AddRange(ScenarioValidator.Problems(past).Select(p => $"history.{p}"));
        SameClinic(today, past, problems);
        return problems.Count > before ? null : past with { Events = today.Events };
    }

    private static JsonObject? Read(string path, string file, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"history.scenario: no file '{file}' (looked for {Path.GetFullPath(path)}).");
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path), null, Reading) as JsonObject
                ?? throw new JsonException("the file holds no scenario object.");
        }
        catch (JsonException e)
        {
            problems.Add($"history.scenario: {file} is not valid JSON: {e.Message}");
            return null;
        }
    }

    /// <summary>The estimator learns one clinic from the past and uses it today: the past must be the same clinic.</summary>
    private static void SameClinic(Scenario today, Scenario past, List<string> problems)
    {
        const string Why = "the estimator learns the clinic from the past days and uses what it learned today";
        if (past.Clinic != today.Clinic)
        {
            problems.Add($"history.clinic: differs from today's (id, name, time zone or walk-in policy); the past must be the same clinic, because {Why}.");
        }

        SameIds("providers", today.Providers.Select(p => p.Id), past.Providers.Select(p => p.Id), problems);
        SameIds("visitTypes", today.VisitTypes.Select(v => v.Id), past.VisitTypes.Select(v => v.Id), problems);
        foreach (var type in past.VisitTypes.Where(v => today.VisitTypes.Any(t => t.Id == v.Id)))
        {
            var booked = today.VisitType(type.Id).ConfiguredMinutes;
            if (type.ConfiguredMinutes != booked)
            {
                problems.Add($"history.visitTypes[{type.Id}].configuredMinutes: {type.ConfiguredMinutes} in the past but {booked} today; the past must book the same lengths, because {Why}.");
            }
        }

        void SameIds(string list, IEnumerable<string> todays, IEnumerable<string> pasts, List<string> all)
        {
            var (a, b) = (string.Join(", ", todays), string.Join(", ", pasts));
            if (a != b)
            {
                all.Add($"history.{list}: the past has {b} but today has {a}; the past must have the same ids in the same order, because {Why}.");
            }
        }
    }
}
