using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<LateCheckInOutcome>))]
public enum LateCheckInOutcome
{
    /// <summary>Added to the room, waiting since the kiosk took it.</summary>
    Added,

    /// <summary>Already checked in (at the desk, say): one visit kept; the kiosk's QR code opens it too.</summary>
    AlreadyHere,

    /// <summary>Their booking was cancelled or moved while the kiosk was offline: added as a walk-in; talk to them.</summary>
    BookingGone,

    /// <summary>Could not be accepted (see Reason): find them.</summary>
    NotAccepted,

    /// <summary>Taken on an earlier day, delivered only now: not added to today's room.</summary>
    EarlierDay,
}

/// <summary>
/// A check-in a kiosk took while it could not reach the hub, and told the patient was done, as reception
/// sees it once the kiosk delivered it: who, when they really checked in, when it reached us, what became
/// of it. Staff only (it names the patient).
/// </summary>
public sealed record LateCheckIn(
    Guid Id,
    string Kiosk,
    LateCheckInOutcome Outcome,
    string PatientName,
    DateTimeOffset CheckedInAt,
    DateTimeOffset ReachedUsAt,
    string? Code,
    string? Reason,
    string? SeenBy = null);

/// <summary>Reception: "I've seen this late check-in" (found the patient, talked to them).</summary>
public sealed record SeenLateCheckInRequest(Guid LateCheckInId);
