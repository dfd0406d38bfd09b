namespace Kiosk.WaitingRoom.Desk;

/// <summary>What became of a check-in a kiosk took while it could not reach the hub, and told the patient was done.</summary>
public enum OfflineOutcome
{
    /// <summary>Added to the room, waiting since the kiosk took it.</summary>
    Added,

    /// <summary>They had been checked in already (at the desk, say): one visit kept, the kiosk's QR code opens it too.</summary>
    AlreadyHere,

    /// <summary>Their booking was cancelled or moved while the kiosk was offline: added as a walk-in so nobody is forgotten; someone should talk to them.</summary>
    BookingGone,

    /// <summary>The check-in could not be accepted (<see cref="OfflineCheckIn.Reason"/> says why): someone should find them.</summary>
    NotAccepted,

    /// <summary>Taken on an earlier day and delivered only now: not added to today's room.</summary>
    EarlierDay,
}

/// <summary>
/// One check-in that came late from a kiosk's outbox, as reception is shown it: who (for the desk
/// only), when they really checked in and when the hub heard of it, what became of it, and who has
/// looked at it. <see cref="Token"/> is the phone token the kiosk gave them, which opens the visit.
/// </summary>
public sealed record OfflineCheckIn(
    Guid Id,
    Guid Key,
    string Kiosk,
    OfflineOutcome Outcome,
    DateTimeOffset CheckedInAt,
    DateTimeOffset ReceivedAt,
    Guid? VisitId,
    string? Token,
    string Who,
    string? Reason = null,
    string? SeenBy = null,
    DateTimeOffset? SeenAt = null)
{
    /// <summary>Reception should act (find the patient, talk to them) until someone says they have seen it.</summary>
    public bool NeedsLook => Outcome != OfflineOutcome.Added && SeenBy is null;

    /// <summary>It put a visit in the room (as booked, or as a walk-in when the booking was gone): that visit's wait counts from <see cref="CheckedInAt"/>.</summary>
    public bool MadeVisit => Outcome is OfflineOutcome.Added or OfflineOutcome.BookingGone;
}
