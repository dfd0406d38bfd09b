using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.History;

/// <summary>One exported clinic day: bookings, what happened to each visit and when, and delays said.</summary>
public sealed record DayRecord(
    DateOnly Day,
    IReadOnlyList<DayRecord.Booking> Appointments,
    IReadOnlyList<DayRecord.VisitHistory> Visits,
    IReadOnlyList<DayRecord.Delay> Delays)
{
    /// <summary>Stands in for the patient, whom an export never names.</summary>
    private static readonly PatientIdentity Anonymous = PatientIdentity.Forgotten;

    public sealed record Booking(Guid Id, DateTimeOffset StartsAt, string ProviderId, string VisitTypeId, bool WalkIn);

    public sealed record VisitHistory(Guid Id, Guid AppointmentId, string Code, IReadOnlyList<Happening> Events);

    /// <summary>A visit event without who did it: the desk's name is not needed to learn waits.</summary>
    public sealed record Happening(VisitEventKind Kind, DateTimeOffset At, string? Room = null, string? ToProvider = null);

    public sealed record Delay(string ProviderId, int Minutes, DateTimeOffset SetAt);

    public static DayRecord Of(WaitingRoomDay room) => new(
        room.Day,
        [.. room.Appointments.Select(a => new Booking(a.Id, a.StartsAt, a.ProviderId, a.VisitTypeId, a.WalkIn))],
        [.. room.Visits.Select(v => new VisitHistory(
            v.Id,
            v.Appointment.Id,
            v.Ticket.Code,
            [.. v.Events.Select(e => new Happening(e.Kind, e.At, e.Room, e.ToProvider))]))],
        [.. room.Delays.Select(d => new Delay(d.ProviderId, d.Minutes, d.SetAt))]);

    /// <summary>The day rebuilt through the domain's rules, so an export that breaks them is refused.</summary>
    public WaitingRoomDay ToRoom(ClinicProfile clinic)
    {
        var appointments = (Appointments ?? []).ToDictionary(
            a => a.Id,
            a => new Appointment(a.Id, Day, a.StartsAt, clinic.Provider(a.ProviderId).Id, clinic.VisitType(a.VisitTypeId).Id, Anonymous, a.WalkIn));
        var visits = (Visits ?? []).Select(v => Visit.Restore(
            new VisitTicket(v.Id, Day, v.Code, VisitTicket.NewToken()),
            appointments.TryGetValue(v.AppointmentId, out var a) ? a : throw new ArgumentException($"Visit {v.Code} on {Day} names an appointment that is not in the export."),
            (v.Events ?? []).Select(e => new VisitEvent(e.Kind, e.At, "export", e.Room, e.ToProvider))));
        var delays = (Delays ?? []).Select(d => new ProviderDelay(clinic.Provider(d.ProviderId).Id, d.Minutes, "", "export", d.SetAt));
        return new WaitingRoomDay(clinic, Day, appointments.Values, [.. visits], new Dictionary<Guid, Guid>(), delays);
    }
}
