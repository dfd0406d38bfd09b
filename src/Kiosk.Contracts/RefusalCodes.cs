namespace Kiosk.Contracts;

/// <summary>
/// The codes a <see cref="Refusal"/> carries. They are part of the contract: screens and tests read
/// them, so a code is never renamed, only added. Questions add their own (<see cref="Callbacks.RefusalReasons"/>).
/// </summary>
public static class RefusalCodes
{
    /// <summary>The request is missing something or has something out of range; <see cref="Refusal.Field"/> names it.</summary>
    public const string InvalidInput = "invalid-input";

    /// <summary>
    /// The call was turned away before it ran (no role, a revoked key): the hub says so as a HubException,
    /// which a client reads as this code. A limit reached reads as <see cref="HubRefusals.TooManyRequests"/>.
    /// </summary>
    public const string NotAllowed = "not-allowed";

    /// <summary>The ticket link is malformed, or its visit has ended.</summary>
    public const string TicketNotValid = "ticket-not-valid";

    // Check-in (the domain's CheckInRefusal).
    public const string AppointmentNotFound = "appointment-not-found";
    public const string DetailsDoNotMatch = "details-do-not-match";
    public const string NotToday = "not-today";
    public const string VisitClosed = "visit-closed";
    public const string TooEarly = "too-early";
    public const string TooLate = "too-late";

    /// <summary>Too many wrong codes lately: nothing was checked; the message says how many seconds to wait.</summary>
    public const string TryAgainSoon = "try-again-soon";

    /// <summary>A code found by too many guessing sessions lately: its patient checks in at the front desk.</summary>
    public const string SeeDesk = "see-desk";

    // Reception's desk and the phone's buttons.
    public const string VisitNotFound = "visit-not-found";

    /// <summary>The visit is not in a state where that step makes sense (already called, nothing to undo, …).</summary>
    public const string NotAllowedNow = "not-allowed-now";

    public const string NotWaiting = "not-waiting";
    public const string AlreadyInThatLine = "already-in-that-line";
    public const string UnknownRoom = "unknown-room";
    public const string NotOverdue = "not-overdue";
    public const string AlreadySpokenTo = "already-spoken-to";
    public const string NotInWaitingRoom = "not-in-waiting-room";
    public const string NotSeenYet = "not-seen-yet";
    public const string AlertNotFound = "alert-not-found";

    /// <summary>Someone else is already going to that alert or is on that question; the message names them.</summary>
    public const string SomeoneElseHasIt = "someone-else-has-it";

    public const string NoDelaySuggested = "no-delay-suggested";

    // Callbacks.
    public const string QuestionNotFound = "question-not-found";
}
