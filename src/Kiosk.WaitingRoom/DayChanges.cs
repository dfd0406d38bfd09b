using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>
/// What a day recorded since it was loaded. New visits come with the check-in key they arrived
/// with (empty for a no-show recorded by the desk); a changed visit's new events are its <see cref="Visit.Unstored"/>;
/// the desk's records (alerts, care needs, ratings, spoken to, not now) are in <see cref="Desk"/>.
/// Appointments the clinic's system moved are in <see cref="ChangedAppointments"/> (as they are
/// now), those it cancelled in <see cref="RemovedAppointments"/> (never one a patient checked in for).
/// </summary>
public sealed record DayChanges(
    IReadOnlyList<Appointment> Appointments,
    IReadOnlyList<(Visit Visit, Guid CheckInKey)> NewVisits,
    IReadOnlyList<Visit> ChangedVisits,
    IReadOnlyList<ProviderDelay> Delays,
    DeskChanges Desk,
    IReadOnlyList<Appointment> ChangedAppointments,
    IReadOnlyList<Guid> RemovedAppointments)
{
    public bool IsEmpty => Appointments.Count == 0 && NewVisits.Count == 0 && ChangedVisits.Count == 0 && Delays.Count == 0 && Desk.IsEmpty
        && ChangedAppointments.Count == 0 && RemovedAppointments.Count == 0;
}
