using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>What the desk can do to a visit besides calling it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeskAction>))]
public enum DeskAction
{
    /// <summary>The called patient is in the room.</summary>
    InRoom,

    /// <summary>Seen; the visit is over.</summary>
    Done,

    /// <summary>Called, and never came to the room.</summary>
    NoShow,

    /// <summary>Gave up and left before being seen.</summary>
    LeftWithoutBeingSeen,

    /// <summary>Takes back the last desk action on this visit.</summary>
    Undo,
}

public sealed record DeskActionRequest(Guid VisitId, DeskAction Action);

/// <summary>Moves a patient into another provider's line, keeping the place their appointment time gives.</summary>
public sealed record MoveVisitRequest(Guid VisitId, string ToProviderId);

/// <summary>
/// "Dr Lee is running about 20 minutes late": the reason is shown to patients, so no names in it.
/// One of the clinic's fixed reasons (<see cref="Kind"/>, worded in each patient's language), or the
/// desk's own words in <see cref="Reason"/> with <see cref="LateReasonKind.Typed"/>.
/// </summary>
public sealed record ProviderDelayRequest(string ProviderId, int Minutes, string Reason, LateReasonKind Kind = LateReasonKind.Typed);

/// <summary>Why a provider is running late, as reception chooses it; sent by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LateReasonKind>))]
public enum LateReasonKind
{
    /// <summary>The desk's own words (or none): shown as typed, marked as the staff's language where the patient reads another.</summary>
    Typed,
    Emergency,
    ComplexAppointment,
    StartedLate,
    StaffShortage,
}
