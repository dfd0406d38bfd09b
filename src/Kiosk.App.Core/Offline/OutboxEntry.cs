using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Core.Offline;

/// <summary>What an outbox entry asks of the hub; stored as a number, so never renumber.</summary>
public enum OutboxKind
{
    CheckIn = 1,
    CodeCheckIn = 2,
    WalkIn = 3,
    Question = 4,
}

/// <summary>
/// One thing the kiosk must tell the hub, in the order the patient did it. <see cref="Request"/> is the
/// hub call's own request (a <see cref="CheckInRequest"/>, <see cref="CodeCheckInRequest"/>,
/// <see cref="WalkInRequest"/> or <see cref="AskQuestionRequest"/>), with its outbox stamp; null once
/// delivered (the payload is wiped). <see cref="Told"/>: the screen said "you're checked in" before the hub answered.
/// </summary>
public sealed record OutboxEntry(
    long Sequence,
    Guid Key,
    OutboxKind Kind,
    object? Request,
    DateTimeOffset RecordedAt,
    bool Told,
    DateTimeOffset? DeliveredAt,
    string? Outcome)
{
    public bool Delivered => DeliveredAt is not null;

    /// <summary>The phone token the kiosk gave this check-in (its QR code); null for a question.</summary>
    public string? Token => Stamp?.Token;

    public Contracts.Offline.OutboxStamp? Stamp => Request switch
    {
        CheckInRequest r => r.Outbox,
        CodeCheckInRequest r => r.Outbox,
        WalkInRequest r => r.Outbox,
        _ => null,
    };
}
