using System.Text.Json.Serialization;

namespace Kiosk.Contracts.Callbacks;

[JsonConverter(typeof(JsonStringEnumConverter<PromiseLight>))]
public enum PromiseLight
{
    OnTrack,
    Amber,
    Red,
}

/// <summary>One step of a request as reception reads it in the history.</summary>
public sealed record CallbackStep(string Kind, DateTimeOffset At, string By, string? Detail);

/// <summary>One question in reception's callbacks queue.</summary>
public sealed record CallbackItem(
    Guid Id,
    string TicketCode,
    string PatientName,
    string TopicId,
    string Topic,
    string? Question,
    ReplyChannel ReplyBy,
    string? Phone,
    string State,
    string? ClaimedBy,
    string? EscalatedTo,
    int FailedAttempts,
    DateTimeOffset AskedAt,
    DateTimeOffset DueBy,
    double PromiseUsed,
    PromiseLight Light,
    string? Answer,
    IReadOnlyList<CallbackStep> History);

/// <summary>Every open question (and those closed today), oldest first, as of a moment.</summary>
public sealed record CallbackList(IReadOnlyList<CallbackItem> Items, DateTimeOffset AsOf)
{
    /// <summary>The room's change this list is as of: a list older than the one shown is dropped.</summary>
    public long Sequence { get; init; }
}

/// <summary>Reception acting on one question: a note, an answer, a failed call's note, or a role to escalate to.</summary>
public sealed record CallbackAction(Guid CallbackId, string? Text = null);
