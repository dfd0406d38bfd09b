using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Schedule;

/// <summary>
/// One appointment as the clinic's own system (an EHR over FHIR, or its CSV export) describes it,
/// already mapped to this clinic's providers and visit types. <see cref="SourceId"/> is the
/// source's own id ("Appointment/123" for FHIR), which is how a re-import finds it again.
/// <see cref="StatusSince"/> is when the source last changed it, when it says (for an arrival,
/// when the patient arrived). <see cref="ListedOn"/>, when set, is the clinic day whose list it is
/// on even if its time falls past midnight (a night clinic's list, or the demo's day placed around now).
/// </summary>
public sealed record SourceAppointment(
    string SourceId,
    DateTimeOffset StartsAt,
    int Minutes,
    SourceStatus Status,
    string ProviderId,
    string VisitTypeId,
    PatientIdentity Patient,
    string? ConfirmationCode = null,
    DateTimeOffset? StatusSince = null,
    DateOnly? ListedOn = null)
{
    /// <summary>The clinic day whose list the appointment is on: the one it is listed on, else the day it falls on by the clinic's clock.</summary>
    public DateOnly Day(ClinicProfile clinic) => ListedOn ?? DateOnly.FromDateTime(clinic.LocalTime(StartsAt).DateTime);
}

/// <summary>
/// What the source says of an appointment, in the few states the lobby acts on. FHIR's
/// booked, pending and proposed are <see cref="Booked"/>; arrived and checked-in are
/// <see cref="Arrived"/>; entered-in-error is <see cref="Cancelled"/>.
/// </summary>
public enum SourceStatus
{
    Booked,
    Arrived,
    Fulfilled,
    NoShow,
    Cancelled,
}
