using System.Text.Json.Nodes;

namespace Kiosk.Simulator.Scenarios;

/// <summary>JSON merge patch (RFC 7396): objects merge member by member, null removes a member, anything else replaces it.</summary>
internal static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject changes)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject original ? original.DeepClone().AsObject() : [];
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Apply(result[name], value);
            }
        }

        return result;
    }
}
