using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations;

/// <summary>
/// A status the lobby writes back to the clinic's system: the patient arrived, did not come, or
/// was seen. <see cref="SourceId"/> is the appointment's id there ("Appointment/123").
/// </summary>
public sealed record StatusWrite(string SourceId, SourceStatus Status, DateTimeOffset At)
{
    /// <summary>The FHIR R4 Appointment.status code for the lobby's statuses.</summary>
    public string FhirCode => Status switch
    {
        SourceStatus.Arrived => "arrived",
        SourceStatus.NoShow => "noshow",
        SourceStatus.Fulfilled => "fulfilled",
        SourceStatus.Cancelled => "cancelled",
        _ => "booked",
    };
}

/// <summary>
/// Where statuses go: the FHIR server the day came from, or a file of changes the clinic's
/// system picks up. A write that fails throws <see cref="StatusWriteFailedException"/> with a
/// reason fit for reception's screen (no patient data); the caller retries it later.
/// </summary>
public interface IStatusWriter
{
    /// <summary>What reception is told the statuses go to, e.g. "the FHIR server" or "changes file".</summary>
    string Name { get; }

    Task WriteAsync(StatusWrite write, CancellationToken ct);
}

/// <summary>A status could not be written; <see cref="Exception.Message"/> says why in staff words, without patient data.</summary>
public sealed class StatusWriteFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads one day of the clinic's appointments from where the clinic keeps them.</summary>
public interface IScheduleSource
{
    /// <summary>What reception is told the day came from, e.g. "FHIR server".</summary>
    string Name { get; }

    /// <summary>The whole day as the source has it now; a source that cannot be reached throws <see cref="ScheduleUnavailableException"/>.</summary>
    Task<ScheduleRead> ReadDayAsync(DateOnly day, CancellationToken ct);
}

/// <summary>The schedule's source could not be reached or refused us; the message is for reception and the log (no patient data).</summary>
public sealed class ScheduleUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
