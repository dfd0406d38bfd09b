namespace Kiosk.Contracts;

/// <summary>
/// A row on the reception board. Staff only: it carries the patient's name and care notes.
/// <see cref="WalkInReason"/> is the kiosk's reason key a walk-in chose ("unwell"); <see cref="CanUndo"/>
/// is the visit's own answer to whether its last desk action can be taken back, so the board offers Undo only then.
/// </summary>
public sealed record BoardRow(
    Guid VisitId,
    string Code,
    string PatientName,
    string ProviderId,
    string ProviderName,
    string VisitTypeName,
    TimeOnly? AppointmentTime,
    DateTimeOffset ArrivedAt,
    VisitStatus Status,
    int? PlaceInLine,
    WaitRange? Promised,
    string? Room,
    CareNotes? Care = null,
    DateTimeOffset? NudgeAt = null,
    SpokenTo? SpokenTo = null,
    bool WalkIn = false,
    string? WalkInReason = null,
    bool CanUndo = false)
{
    /// <summary>
    /// Set when a kiosk took this check-in while it could not reach the hub: when it reached us. The wait
    /// counts from <see cref="ArrivedAt"/>, when the patient really checked in.
    /// </summary>
    public DateTimeOffset? ReachedUsAt { get; init; }

    /// <summary>
    /// Waiting past the high end of what they were told (at check-in, or after the desk last
    /// spoke to them): someone should go and talk to them before they have to ask. The page's
    /// reading of <see cref="NudgeAt"/>, which the hub sets by the domain's rule (Kiosk.WaitingRoom's
    /// <c>Nudge</c>); whether "spoken to" is accepted is the domain's decision, not this.
    /// </summary>
    public bool IsOverdue(DateTimeOffset now) => Status == VisitStatus.Waiting && NudgeAt is { } at && now > at;
}

public sealed record ReceptionBoard(
    DateTimeOffset AsOf,
    IReadOnlyList<BoardRow> Rows,
    EstimateAccuracy? Accuracy = null,
    IReadOnlyList<RunningLate>? RunningLate = null,
    IReadOnlyList<UrgentAlert>? Alerts = null,
    TodayFigures? Today = null,
    IReadOnlyList<DelaySuggestion>? Suggestions = null,
    IReadOnlyList<ProviderHeldUp>? HeldUp = null)
{
    /// <summary>Today's check-ins that came late from an offline kiosk and need a look (a booking gone, refused, …), until someone has seen each.</summary>
    public IReadOnlyList<LateCheckIn> LateCheckIns { get; init; } = [];

    /// <summary>The room's change this board is as of: a board older than the one shown is dropped.</summary>
    public long Sequence { get; init; }
}

/// <summary>A provider reception has said is running late, with the reason patients are shown (<see cref="Kind"/>: one of the fixed reasons, or typed).</summary>
public sealed record RunningLate(string ProviderId, string ProviderName, int Minutes, string Reason, DateTimeOffset SetAt, LateReasonKind Kind = LateReasonKind.Typed);

/// <summary>
/// How honest today's estimates were, for patients already called: the average miss of the
/// likely wait told at check-in, and the share whose wait fell inside the range told.
/// </summary>
public sealed record EstimateAccuracy(int Called, double MeanAbsoluteErrorMinutes, double WithinRange);

/// <summary>Call a waiting patient to one of the clinic's rooms (the clinic file's "rooms"); any other room is refused.</summary>
public sealed record CallVisitRequest(Guid VisitId, string Room);
