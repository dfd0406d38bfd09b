namespace Kiosk.WaitingRoom.Visits;

public enum VisitState
{
    Expected,
    Arrived,
    Called,
    InRoom,
    Done,
    NoShow,
    LeftWithoutBeingSeen,
    Cancelled,
}

public enum VisitEventKind
{
    Arrived,
    Called,
    InRoom,
    Done,
    NoShow,
    LeftWithoutBeingSeen,
    Cancelled,

    /// <summary>Moved to another provider's queue (a provider fell ill, or the desk rebalanced); the state stays.</summary>
    Moved,

    /// <summary>The desk took back its last action; the event undone stays in the trail.</summary>
    Undone,
}

/// <summary>A transition, with when and who: the audit trail and the estimator's training data.</summary>
public sealed record VisitEvent(VisitEventKind Kind, DateTimeOffset At, string By, string? Room = null, string? ToProvider = null);
