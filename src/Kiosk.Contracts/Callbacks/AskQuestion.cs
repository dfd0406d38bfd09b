using System.Text.Json.Serialization;

namespace Kiosk.Contracts.Callbacks;

/// <summary>Sent by name: the phone page's JavaScript reads and writes it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplyChannel>))]
public enum ReplyChannel
{
    /// <summary>"Call me back on…": reception phones the number given.</summary>
    CallMeBack,

    /// <summary>"Tell me here while I wait": the answer appears on the phone page or kiosk ticket.</summary>
    TellMeHere,
}

/// <summary>
/// "I have a question", from a kiosk or a phone, for the visit the ticket token belongs to.
/// The same idempotency key twice (a double tap, a retry after reconnecting) is one question.
/// </summary>
public sealed record AskQuestionRequest(
    Guid IdempotencyKey,
    string TicketToken,
    string TopicId,
    string? Text,
    ReplyChannel ReplyBy,
    string? Phone,
    string Language = "en");

/// <summary>A topic the patient can pick, with its names per language and the promised answer time.</summary>
public sealed record CallbackTopicView(string Id, IReadOnlyDictionary<string, string> Names, double PromiseBusinessHours);
