using System.Text.Json.Serialization;

namespace Kiosk.Contracts.Callbacks;

/// <summary>Where the patient's question is, in the words the patient is told.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionStatus>))]
public enum QuestionStatus
{
    /// <summary>Received; nobody has picked it up yet.</summary>
    Received,

    /// <summary>Someone is on it (claimed, or passed to the person who can answer).</summary>
    OnIt,

    /// <summary>Answered; for "tell me here" the answer text comes with it.</summary>
    Answered,

    /// <summary>We tried to call and could not reach the patient; we will try again.</summary>
    TriedToCall,

    /// <summary>Closed without an answer the patient can read here.</summary>
    Closed,
}

/// <summary>The patient's own question as they may see it: no staff names, no notes.</summary>
public sealed record QuestionStatusView(
    Guid Id,
    string TopicId,
    ReplyChannel ReplyBy,
    QuestionStatus Status,
    DateTimeOffset AskedAt,
    DateTimeOffset AnswerDueBy,
    string? Answer)
{
    /// <summary>The room's change this status is as of: the phone drops a status older than the one it shows.</summary>
    public long Sequence { get; init; }
}
