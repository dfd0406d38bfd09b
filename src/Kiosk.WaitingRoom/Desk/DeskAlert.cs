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
/// An urgent alert on the desk's screens until someone says "I'm going"; the first to say it is
/// recorded, so two receptionists never both think the other one went. No free text: nothing personal.
/// </summary>
public sealed record DeskAlert(Guid Id, Guid VisitId, DeskAlertKind Kind, string RaisedBy, DateTimeOffset RaisedAt, string? GoingBy = null, DateTimeOffset? GoingAt = null)
{
    public bool IsOpen => GoingBy is null;
}
