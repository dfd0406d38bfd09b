using Kiosk.Contracts.Offline;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Offline;

/// <summary>
/// Today's bookings as a kiosk may keep them for when the hub is out of reach. Walk-ins are left out
/// (they are already here) and so is anything a kiosk does not need to find and greet a patient.
/// </summary>
public sealed class AppointmentCopies(WaitingRoomService room, ClinicProfile clinic, TimeProvider time, PhoneLinks links, ILogger<AppointmentCopies> log)
{
    public async Task<AppointmentCopy> TodayAsync(string kiosk, CancellationToken ct = default)
    {
        var (day, _) = await room.ReadAsync(ct);
        var arrived = day.Visits.Select(v => v.Appointment.Id).ToHashSet();
        var copied = day.Appointments
            .Where(a => !a.WalkIn)
            .Select(a => new CopiedAppointment(
                a.Id, a.Patient.FirstName, a.Patient.LastName, a.Patient.DateOfBirth, a.ConfirmationCode, a.StartsAt,
                a.ProviderId, clinic.Provider(a.ProviderId).Name, a.VisitTypeId, clinic.VisitType(a.VisitTypeId).Name, arrived.Contains(a.Id)))
            .ToList();
        log.LogInformation("Kiosk {Kiosk} took a copy of today's {Count} appointments.", kiosk, copied.Count);
        return new AppointmentCopy(
            day.Day, time.GetUtcNow(), clinic.TimeZone.Id, clinic.CheckInWindow.OpensMinutesBefore, clinic.CheckInWindow.ClosesMinutesAfter,
            links.Base(), copied);
    }
}
