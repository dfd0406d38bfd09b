using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>Sent by name ("Waiting"), not number: the phone page's JavaScript reads it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VisitStatus>))]
public enum VisitStatus
{
    Expected,
    Waiting,
    Called,
    InRoom,
    Done,
    NoShow,
    LeftWithoutBeingSeen,
    Cancelled,
}

/// <summary>An honest range, in minutes until called, with the reason in plain words.</summary>
public sealed record WaitRange(int LowMinutes, int LikelyMinutes, int HighMinutes, string Reason)
{
    /// <summary>
    /// The reason as sentences for the kiosk and phone to word in the patient's language
    /// (kiosk-content/strings/reason.*.json, key "reason." + Key); <see cref="Reason"/> is the English.
    /// </summary>
    public IReadOnlyList<WaitReasonPart> ReasonParts { get; init; } = [];

    /// <summary>The range as screens word it (rounded outward to five minutes); sent along for the phone page's script.</summary>
    public ShownWait Shown => ShownWait.Of(this);

    public bool Equals(WaitRange? other) =>
        other is not null && (LowMinutes, LikelyMinutes, HighMinutes, Reason) == (other.LowMinutes, other.LikelyMinutes, other.HighMinutes, other.Reason)
        && ReasonParts.SequenceEqual(other.ReasonParts);

    public override int GetHashCode() => HashCode.Combine(LowMinutes, LikelyMinutes, HighMinutes, Reason);
}

/// <summary>One sentence of a wait's reason: "many-ahead" with {count} and {provider}, say.</summary>
public sealed record WaitReasonPart(string Key, IReadOnlyDictionary<string, string> Values)
{
    public bool Equals(WaitReasonPart? other) =>
        other is not null && Key == other.Key && Values.Count == other.Values.Count
        && Values.All(v => other.Values.TryGetValue(v.Key, out var value) && value == v.Value);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>One visit as its holder (the patient at the kiosk or on the phone) may see it.</summary>
public sealed record TicketView(
    string Token,
    string Code,
    string ProviderName,
    VisitStatus Status,
    int? PlaceInLine,
    WaitRange? Estimate,
    string? Room,
    string PhoneUrl,
    HelpState? Help = null,
    VisitRating? Rating = null)
{
    /// <summary>The room's change this view is as of: a client shows it only if it is not older than what it shows.</summary>
    public long Sequence { get; init; }
}
