namespace Kiosk.Hub.Persistence;

/// <summary>
/// One read of the clinic's schedule (a poll of its FHIR server, or a file imported), as reception
/// sees it: how many of each change, the changes themselves (JSON, with patients' names: staff
/// only, emptied with the day's personal data), the problems (no personal data), or why the
/// source could not be read.
/// </summary>
public sealed class ScheduleImportRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Source { get; set; }
    public int Added { get; set; }
    public int Moved { get; set; }
    public int Cancelled { get; set; }
    public int CheckedIn { get; set; }
    public int NoShow { get; set; }
    public int NotApplied { get; set; }
    public int Unchanged { get; set; }

    /// <summary>What could not be imported, one line each ("entry 3 (Appointment/abc), participant: …").</summary>
    public string? Problems { get; set; }
    public int ProblemCount { get; set; }

    /// <summary>The changes, for reception's list (see ScheduleNews); null once the day's personal data is purged.</summary>
    public string? Changes { get; set; }

    /// <summary>Why the source could not be read at all; the counts are then zero.</summary>
    public string? Failure { get; set; }
}

/// <summary>
/// A status to write back to the clinic's system, queued in the same transaction as the change
/// that caused it (an outbox): a check-in is never lost because the system was down, and the
/// patient never waits for it. Retried with growing pauses until written.
/// </summary>
public sealed class StatusWriteRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public required string SourceId { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset At { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextTryAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? WrittenAt { get; set; }
}
