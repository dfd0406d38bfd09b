using Kiosk.Contracts.Callbacks;
using Kiosk.WaitingRoom.Text;

namespace Kiosk.Hub.Realtime;

/// <summary>Checks the shape of what a client sent about callbacks; says what is wrong.</summary>
public static class CallbackInput
{
    public const int MaxNoteLength = 1000;
    public const int MaxRoleLength = 60;

    /// <summary>Shape, and the patient's words cleaned. Content problems a patient can fix (number, length) come back as a refusal code.</summary>
    public static AskQuestionRequest Ask(AskQuestionRequest? request)
    {
        if (request is null) throw RefusedException.Invalid("request", "Send the ticket, topic and how to reply.");
        if (request.IdempotencyKey == Guid.Empty) throw RefusedException.Invalid(nameof(AskQuestionRequest.IdempotencyKey), "The question has no idempotency key; send a new random one for each question.");
        if (!Enum.IsDefined(request.ReplyBy)) throw RefusedException.Invalid(nameof(AskQuestionRequest.ReplyBy), "Say how to reply: CallMeBack or TellMeHere.");
        return request with { Text = CleanText.Free(request.Text) };
    }

    public static Guid Id(CallbackAction? action)
    {
        if (action is null || action.CallbackId == Guid.Empty) throw RefusedException.Invalid(nameof(CallbackAction.CallbackId), "Say which question.");
        return action.CallbackId;
    }

    /// <summary>The cleaned text; required when <paramref name="missing"/> says what to write.</summary>
    public static string? Text(CallbackAction? action, string? missing, int maxLength)
    {
        Id(action);
        var text = CleanText.Free(action!.Text);
        if (text is null && missing is not null) throw RefusedException.Invalid(nameof(CallbackAction.Text), missing);
        if (text?.Length > maxLength) throw RefusedException.Invalid(nameof(CallbackAction.Text), $"That is too long: at most {maxLength} characters.");
        return text;
    }
}
