namespace Kiosk.WaitingRoom.Visits;

/// <summary>Reception acted on a visit that is not in today's waiting room (stale screen, wrong id).</summary>
public sealed class VisitNotFoundException() : InvalidOperationException("That visit is not in today's waiting room. Refresh the board and try again.");

/// <summary>Why the day refused a desk or phone action on a visit as it stands.</summary>
public enum DeskRefusal
{
    UnknownRoom,
    AlreadyInThatLine,
    NotWaiting,
    NotOverdue,
    AlreadySpokenTo,
    NotInWaitingRoom,
    NotSeenYet,
    AlertNotFound,
    SomeoneElseIsGoing,
    NoLongerNeeded,
    NoDelaySuggested,
}

/// <summary>A desk (or phone) action that makes no sense for this visit as it stands: <see cref="Reason"/> says which rule, the message says why in words.</summary>
public sealed class DeskRefusedException(DeskRefusal reason, string message) : InvalidOperationException(message)
{
    public DeskRefusal Reason { get; } = reason;
}
