using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>Why a provider is not getting through their line just now (the wait estimator's reading of the room).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HoldUpKind>))]
public enum HoldUpKind
{
    /// <summary>With nobody while patients wait: the room does not say why.</summary>
    BetweenPatients,

    /// <summary>At a lunch longer than planned.</summary>
    LunchOver,

    /// <summary>In a visit that has run longer than three in four of its kind.</summary>
    LongVisit,
}

/// <summary>
/// "Dr Lee has not called anyone for 12 min · 4 waiting": a provider held up while patients wait,
/// for reception to know (their patients' times already wait for them). Staff only.
/// </summary>
public sealed record ProviderHeldUp(
    string ProviderId,
    string ProviderName,
    HoldUpKind Kind,
    DateTimeOffset Since,
    DateTimeOffset? LikelyBackAt,
    int Waiting,
    DateTimeOffset? InRoomSince = null)
{
    /// <summary>
    /// Whole minutes held up at <paramref name="asOf"/>: with nobody, or over lunch. For a long
    /// visit, since it became long (three in four of its kind would have ended).
    /// </summary>
    public int MinutesAt(DateTimeOffset asOf) => Math.Max(0, (int)(asOf - Since).TotalMinutes);

    /// <summary>Whole minutes the patient in the room has been in it, for a long visit.</summary>
    public int? VisitMinutesAt(DateTimeOffset asOf) => InRoomSince is { } at ? Math.Max(0, (int)(asOf - at).TotalMinutes) : null;
}
