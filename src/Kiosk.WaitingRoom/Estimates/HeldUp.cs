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
    public DateTimeOffset? LikelyBackAt { get; init; }
}
