namespace Kiosk.WaitingRoom.Desk;

/// <summary>Why the desk is alerted.</summary>
public enum DeskAlertKind
{
    /// <summary>The patient pressed "I need help now" on their phone.</summary>
    HelpNow,

    /// <summary>The patient told the kiosk at check-in they are feeling worse.</summary>
    FeelingWorse,
}

/// <summary>
/// An urgent alert on the desk's screens until someone says "I'm going" or the patient says they no
/// longer need help (<see cref="WithdrawnAt"/>); the first to say "I'm going" is recorded, so two
/// receptionists never both think the other one went. No free text: nothing personal.
/// </summary>
public sealed record DeskAlert(Guid Id, Guid VisitId, DeskAlertKind Kind, string RaisedBy, DateTimeOffset RaisedAt, string? GoingBy = null, DateTimeOffset? GoingAt = null, DateTimeOffset? WithdrawnAt = null)
{
    public bool IsOpen => GoingBy is null && WithdrawnAt is null;

    public bool IsWithdrawn => WithdrawnAt is not null;
}
