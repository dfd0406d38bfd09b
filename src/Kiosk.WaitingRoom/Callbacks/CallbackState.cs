namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>Where a patient's question is: asked, someone on it, and how it ended.</summary>
public enum CallbackState
{
    Received,
    Claimed,
    Answered,
    CouldNotReach,
    Escalated,
    Closed,
}

public enum CallbackEventKind
{
    Received,
    Claimed,
    NoteAdded,
    Answered,
    CouldNotReach,
    Escalated,
    Closed,
}

/// <summary>How the patient wants the answer: a call to a number, or on their ticket while they wait.</summary>
public enum ReplyBy
{
    CallMeBack,
    TellMeHere,
}

/// <summary>One step of a request: what happened, when, and which staff member (or "patient") did it.</summary>
public sealed record CallbackEvent(CallbackEventKind Kind, DateTimeOffset At, string By, string? Detail = null);
