using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.Hub.Callbacks;

/// <summary>A question not taken, as the contract's <see cref="Refusal"/>: the screens word the code; the English is for the logs.</summary>
public static class QuestionRefusals
{
    public static Refusal For(string reason, string? example = null, int? maxLength = null) =>
        new(reason, English(reason, maxLength), Field(reason), example, maxLength);

    private static string? Field(string reason) => reason switch
    {
        _ when reason.StartsWith("phone-", StringComparison.Ordinal) => nameof(AskQuestionRequest.Phone),
        RefusalReasons.TextTooLong => nameof(AskQuestionRequest.Text),
        RefusalReasons.UnknownTopic => nameof(AskQuestionRequest.TopicId),
        _ => null,
    };

    private static string English(string reason, int? maxLength) => reason switch
    {
        RefusalReasons.PhoneMissing => "A phone number is needed to call back.",
        RefusalReasons.TextTooLong => $"The question is too long: at most {maxLength} characters.",
        RefusalReasons.UnknownTopic => "That topic is not one the clinic answers.",
        RefusalReasons.TicketNotValid => "That ticket link is not valid or the visit has ended.",
        RefusalReasons.TooManyQuestions => "This ticket has sent many questions in a short time. Try again later.",
        _ => "That phone number cannot be dialled.",
    };
}
