namespace Kiosk.WaitingRoom.Estimates;

/// <summary>Why a provider is not getting through their line just now.</summary>
public enum HoldUp
{
    /// <summary>With nobody although patients wait: called away, on the phone, writing notes — the room does not say which.</summary>
    BetweenPatients,

    /// <summary>At a lunch longer than planned.</summary>
    LunchOver,

    /// <summary>In a visit that has run longer than three in four of its kind.</summary>
    LongVisit,
}

/// <summary>A provider held up, since when, and when the forecast thinks they are likeliest to be free again.</summary>
public sealed record HeldUp(HoldUp Kind, DateTimeOffset Since)
{
    /// <summary>How long a provider is with nobody, while someone waits, before it is said (to patients and to reception).</summary>
    public const int SayAfterMinutes = 3;

    public DateTimeOffset? LikelyBackAt { get; init; }

    /// <summary>For a visit running long: when the patient went into the room.</summary>
    public DateTimeOffset? VisitStartedAt { get; init; }

    /// <summary>Whole minutes held up at <paramref name="now"/>.</summary>
    public int MinutesAt(DateTimeOffset now) => (int)(now - Since).TotalMinutes;

    /// <summary>A minute or two between patients is a provider fetching the next one, not news; a long lunch or visit is news at once.</summary>
    public bool IsNews(DateTimeOffset now) => Kind != HoldUp.BetweenPatients || MinutesAt(now) >= SayAfterMinutes;
}
