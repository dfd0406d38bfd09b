using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.WaitingRoom.Tests.Callbacks;

/// <summary>Builds requests in any state the way reception would get them there.</summary>
internal static class CallbackSteps
{
    public static readonly DateTimeOffset Asked = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static CallbackRequest New(ReplyBy reply = ReplyBy.CallMeBack) => new(
        new CallbackQuestion(Guid.NewGuid(), Guid.NewGuid(), "billing", "Why was I billed twice?", reply, reply == ReplyBy.CallMeBack ? "+447700900123" : null),
        Asked.AddHours(2),
        "kiosk:front",
        Asked);

    public static CallbackRequest In(CallbackState state)
    {
        var r = New(ReplyBy.TellMeHere);
        var at = Asked.AddMinutes(5);
        switch (state)
        {
            case CallbackState.Claimed:
                r.Claim("ann", at);
                break;
            case CallbackState.Answered:
                r.Claim("ann", at);
                r.MarkAnswered("Only one charge went through.", "ann", at);
                break;
            case CallbackState.CouldNotReach:
                r.Claim("ann", at);
                r.CouldNotReach("ann", at);
                break;
            case CallbackState.Escalated:
                r.Escalate("billing manager", "ann", at);
                break;
            case CallbackState.Closed:
                r.Claim("ann", at);
                r.MarkAnswered("Only one charge went through.", "ann", at);
                r.Close("ann", at);
                break;
        }

        return r;
    }

    /// <summary>Tries a step on behalf of someone who has not claimed anything.</summary>
    public static CallbackEvent Do(CallbackRequest r, CallbackEventKind kind, DateTimeOffset at) => kind switch
    {
        CallbackEventKind.Claimed => r.Claim("bob", at),
        CallbackEventKind.NoteAdded => r.AddNote("left a voicemail", "bob", at),
        CallbackEventKind.Answered => r.MarkAnswered("Answer", r.ClaimedBy ?? "bob", at),
        CallbackEventKind.CouldNotReach => r.CouldNotReach(r.ClaimedBy ?? "bob", at),
        CallbackEventKind.Escalated => r.Escalate("practice manager", "bob", at),
        CallbackEventKind.Closed => r.Close("bob", at),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
