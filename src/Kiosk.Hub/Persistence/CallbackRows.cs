namespace Kiosk.Hub.Persistence;

/// <summary>A patient's question. Phone and Text are personal data: purged after the retention period.</summary>
public sealed class CallbackRequestRow
{
    public Guid Id { get; set; }
    public Guid IdempotencyKey { get; set; }
    public Guid VisitId { get; set; }
    public required string TopicId { get; set; }
    public string? Text { get; set; }
    public required string ReplyBy { get; set; }
    public string? Phone { get; set; }
    public required string Language { get; set; }
    public required string State { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset Deadline { get; set; }

    /// <summary>Set when the request is closed; the retention clock runs from here.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Set when the personal data was removed, so the purge does each request once.</summary>
    public DateTimeOffset? PurgedAt { get; set; }

    public List<CallbackEventRow> Events { get; set; } = [];
}

/// <summary>One step (received, claimed, note, answered, ...) with time and staff member: the audit trail.</summary>
public sealed class CallbackEventRow
{
    public long Id { get; set; }
    public Guid RequestId { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public string? Detail { get; set; }
}
