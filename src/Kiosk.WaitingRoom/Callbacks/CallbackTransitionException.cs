namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>A step that makes no sense for the request as it stands; the message says why in staff words.</summary>
public class CallbackTransitionException : InvalidOperationException
{
    public CallbackTransitionException(CallbackState from, CallbackEventKind attempted)
        : base($"A question that is {Describe(from)} cannot be {Describe(attempted)}.")
    {
        From = from;
        Attempted = attempted;
    }

    protected CallbackTransitionException(string message, CallbackState from, CallbackEventKind attempted)
        : base(message)
    {
        From = from;
        Attempted = attempted;
    }

    public CallbackState From { get; }
    public CallbackEventKind Attempted { get; }

    private static string Describe(CallbackState state) => state switch
    {
        CallbackState.Received => "new",
        CallbackState.Claimed => "being handled",
        CallbackState.Answered => "answered",
        CallbackState.CouldNotReach => "waiting for another call attempt",
        CallbackState.Escalated => "escalated",
        _ => "closed",
    };

    private static string Describe(CallbackEventKind kind) => kind switch
    {
        CallbackEventKind.Claimed => "claimed",
        CallbackEventKind.NoteAdded => "given a note",
        CallbackEventKind.Answered => "marked answered",
        CallbackEventKind.CouldNotReach => "marked could not reach",
        CallbackEventKind.Escalated => "escalated",
        CallbackEventKind.Closed => "closed",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>Two people must not call the same patient: the second one is told who already has it.</summary>
public sealed class CallbackAlreadyClaimedException(string claimedBy)
    : CallbackTransitionException($"{claimedBy} is already on this question.", CallbackState.Claimed, CallbackEventKind.Claimed)
{
    public string ClaimedBy { get; } = claimedBy;
}
