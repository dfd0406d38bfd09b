using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>
/// One booking of a day and what became of it, times in the clinic's own time zone. A booking
/// nobody checked in for or marked is there too (state "expected"): the no-shows nobody marked
/// are part of the picture. <see cref="Patient"/> only when personal data was asked for.
/// </summary>
public sealed record VisitLine(
    DateOnly Day,
    string? TicketCode,
    string ProviderId,
    string? ProviderName,
    string VisitTypeId,
    string? VisitTypeName,
    bool WalkIn,
    DateTimeOffset? BookedStart,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? InRoomAt,
    DateTimeOffset? DoneAt,
    string State,
    double? MinutesWaited,
    double? MinutesWithProvider,
    ExportedPatient? Patient)
{
    /// <summary>Every booking of the day, in the order of their start; a visit moved to another provider under the one who saw it.</summary>
    public static IEnumerable<VisitLine> For(WaitingRoomDay room, bool withPersonalData)
    {
        var clinic = room.Clinic;
        var visits = room.Visits.ToDictionary(v => v.Appointment.Id);
        return room.Appointments.OrderBy(a => a.StartsAt).ThenBy(a => visits.GetValueOrDefault(a.Id)?.Ticket.Code, StringComparer.Ordinal).Select(a =>
        {
            var visit = visits.GetValueOrDefault(a.Id);
            var providerId = visit?.ProviderId ?? a.ProviderId;
            return new VisitLine(
                room.Day,
                visit?.Ticket.Code,
                providerId,
                ExportNames.Provider(clinic, providerId),
                a.VisitTypeId,
                ExportNames.VisitType(clinic, a.VisitTypeId),
                a.WalkIn,
                a.WalkIn ? null : clinic.LocalTime(a.StartsAt),
                Local(clinic, visit?.ArrivedAt),
                Local(clinic, visit?.CalledAt),
                Local(clinic, visit?.InRoomAt),
                Local(clinic, visit?.DoneAt),
                StateName(visit?.State ?? VisitState.Expected),
                ExportMinutes.Of(visit?.Waited),
                ExportMinutes.Of(visit?.WithProvider),
                withPersonalData ? ExportedPatient.Of(a.Patient) : null);
        });
    }

    /// <summary>How the file names a state: "waiting" (checked in, not called), "in-room", "no-show", "left" (without being seen) …</summary>
    public static string StateName(VisitState state) => state switch
    {
        VisitState.Expected => "expected",
        VisitState.Arrived => "waiting",
        VisitState.Called => "called",
        VisitState.InRoom => "in-room",
        VisitState.Done => "done",
        VisitState.NoShow => "no-show",
        VisitState.LeftWithoutBeingSeen => "left",
        VisitState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    internal static DateTimeOffset? Local(ClinicProfile clinic, DateTimeOffset? at) => at is { } instant ? clinic.LocalTime(instant) : null;
}
