using System.Text.Json.Nodes;

namespace Kiosk.Simulator.Scenarios;

/// <summary>How the clinic's past days differ from today: another scenario file, changes, or both.</summary>
public sealed record HistorySpec
{
    /// <summary>A scenario file, relative to this one, whose parameters the past days use; this scenario when absent.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// A JSON merge patch (RFC 7396) applied to that scenario for the past days only, except that
    /// <c>providers</c> and <c>visitTypes</c> are objects keyed by id, each entry patched into that one.
    /// </summary>
    public JsonObject? Changes { get; init; }
}
