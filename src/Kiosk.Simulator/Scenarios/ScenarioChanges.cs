using System.Text.Json.Nodes;

namespace Kiosk.Simulator.Scenarios;

/// <summary>
/// Applies <c>history.changes</c> to a scenario's JSON: a merge patch, except that the lists
/// <c>providers</c> and <c>visitTypes</c> are patched by id, so a change names what it changes.
/// </summary>
internal static class ScenarioChanges
{
    private const string At = "history.changes";
    private static readonly string[] ByIdLists = ["providers", "visitTypes"];
    private static readonly string[] TodayOnly = ["history", "events", "historyDays"];

    public static JsonObject Apply(JsonObject scenario, JsonObject changes, List<string> problems)
    {
        var patched = scenario.DeepClone().AsObject();
        foreach (var (name, value) in changes)
        {
            if (TodayOnly.Contains(name))
            {
                problems.Add($"{At}.{name}: cannot be changed for the past; '{name}' is given once, at the top of the file.");
            }
            else if (ByIdLists.Contains(name))
            {
                PatchById(patched[name] as JsonArray, name, value, problems);
            }
            else if (value is null)
            {
                patched.Remove(name);
            }
            else
            {
                patched[name] = MergePatch.Apply(patched[name], value);
            }
        }

        return patched;
    }

    private static void PatchById(JsonArray? list, string name, JsonNode? changes, List<string> problems)
    {
        var what = name == "providers" ? "provider" : "visit type";
        if (changes is not JsonObject byId)
        {
            problems.Add($"{At}.{name}: give an object keyed by {what} id, such as {{ \"lee\": {{ \"speed\": 1.2 }} }}.");
            return;
        }

        foreach (var (id, change) in byId)
        {
            var index = list?.Select((node, i) => (node, i)).FirstOrDefault(e => IdOf(e.node) == id, (null, -1)).i ?? -1;
            if (index < 0)
            {
                problems.Add($"{At}.{name}.{id}: unknown {what} '{id}'.");
            }
            else if (change is null)
            {
                problems.Add($"{At}.{name}.{id}: the past has the same {what}s as today; change this one's fields instead of removing it.");
            }
            else
            {
                list![index] = MergePatch.Apply(list[index], change);
            }
        }
    }

    private static string? IdOf(JsonNode? entry) =>
        entry is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
}
