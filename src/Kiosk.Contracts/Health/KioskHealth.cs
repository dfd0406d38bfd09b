namespace Kiosk.Contracts.Health;

/// <summary>
/// What a kiosk says about itself with each heartbeat. Who it is comes from its enrolment key,
/// never from here. OutboxDepth is null when the kiosk has no offline outbox to count; CopyTakenAt is when
/// its copy of today's appointments was last synced (null: it has none).
/// </summary>
public sealed record KioskHealthReport(string ContentVersion, int? OutboxDepth, DateTimeOffset? CopyTakenAt = null);

public enum KioskStatus
{
    Online,
    Offline,
    NeverSeen,

    /// <summary>Its key was revoked while it was connected; the hub is closing its connection.</summary>
    Revoked,
}

/// <summary>
/// One enrolled kiosk as reception sees it. LastCheckIn is the latest arrival recorded by that kiosk;
/// Probing is set while it has had many wrong confirmation codes lately (someone may be guessing).
/// </summary>
public sealed record KioskHealthRow(
    string KioskId,
    KioskStatus Status,
    DateTimeOffset? LastSeen,
    DateTimeOffset? LastCheckIn,
    string? ContentVersion,
    int? OutboxDepth,
    string? OfflineReason,
    KioskProbing? Probing = null,
    DateTimeOffset? CopyTakenAt = null);

/// <summary>"14 wrong codes in 10 minutes": the kiosk's wrong confirmation codes within the last <see cref="Minutes"/>.</summary>
public sealed record KioskProbing(int WrongCodes, int Minutes);

/// <summary>Every enrolled kiosk, and a revoked one while it is still connected; for reception only.</summary>
public sealed record KioskList(DateTimeOffset AsOf, IReadOnlyList<KioskHealthRow> Kiosks)
{
    /// <summary>Same kiosks in the same state, whenever it was looked at.</summary>
    public bool SameAs(KioskList? other) => other is not null && Kiosks.SequenceEqual(other.Kiosks);
}
