namespace Kiosk.WaitingRoom.Estimates;

/// <summary>Minutes until called: a range, never a single promise, and why.</summary>
public sealed record WaitEstimate(int LowMinutes, int LikelyMinutes, int HighMinutes, string Reason)
{
    /// <summary>The reason as sentences a screen words in the patient's language (keys reason.* in kiosk-content/strings); <see cref="Reason"/> is the English.</summary>
    public IReadOnlyList<ReasonPart> Parts { get; init; } = [];

    /// <summary>
    /// Set while the provider is held up: why, since when, and when they are likely back. A promise
    /// stops counting down while the hold-up lasts longer than it allowed for.
    /// </summary>
    public HeldUp? HeldUp { get; init; }

    /// <summary>
    /// The same window on the clock read <paramref name="minutes"/> later: each end that many minutes
    /// nearer, never below zero. Itself for no minutes.
    /// </summary>
    public WaitEstimate CountedDown(int minutes) =>
        minutes <= 0
            ? this
            : this with
            {
                LowMinutes = Math.Max(0, LowMinutes - minutes),
                LikelyMinutes = Math.Max(0, LikelyMinutes - minutes),
                HighMinutes = Math.Max(0, HighMinutes - minutes),
            };

    /// <summary>Whether a wait of <paramref name="minutes"/> fell inside the range told, ends included.</summary>
    public bool Covers(double minutes) => minutes >= LowMinutes && minutes <= HighMinutes;

    /// <summary>Two estimates are the same when they say the same numbers and the same sentences.</summary>
    public bool Equals(WaitEstimate? other) =>
        other is not null && (LowMinutes, LikelyMinutes, HighMinutes, Reason, HeldUp) == (other.LowMinutes, other.LikelyMinutes, other.HighMinutes, other.Reason, other.HeldUp)
        && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => HashCode.Combine(LowMinutes, LikelyMinutes, HighMinutes, Reason);
}

/// <summary>One sentence of a reason: a key such as "many-ahead" and the values it names ({count}, {provider}).</summary>
public sealed record ReasonPart(string Key, IReadOnlyDictionary<string, string> Values)
{
    public bool Equals(ReasonPart? other) =>
        other is not null && Key == other.Key && Values.Count == other.Values.Count
        && Values.All(v => other.Values.TryGetValue(v.Key, out var value) && value == v.Value);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>Gives every waiting patient an estimate from the room as it is now.</summary>
public interface IWaitEstimator
{
    IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now);
}
