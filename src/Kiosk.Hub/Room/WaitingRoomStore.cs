using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kiosk.Hub.Room;

/// <summary>Loads a day's waiting room from the database and writes back what changed.</summary>
public sealed partial class WaitingRoomStore(HubDb db, ClinicProfile clinic)
{
    public async Task<WaitingRoomDay> LoadDayAsync(DateOnly day, CancellationToken ct = default)
    {
        var appointments = (await db.Appointments.AsNoTracking().Where(a => a.Day == day).ToListAsync(ct))
            .Select(ToDomain)
            .ToDictionary(a => a.Id);
        var visitRows = await db.Visits.AsNoTracking().Include(v => v.Events).Where(v => v.Day == day).ToListAsync(ct);
        var visits = visitRows
            .Where(v => appointments.ContainsKey(v.AppointmentId))
            .Select(v => Visit.Restore(
                new VisitTicket(v.Id, v.Day, v.Code, v.Token),
                appointments[v.AppointmentId],
                v.Events.OrderBy(e => e.Id).Select(e => new VisitEvent(Enum.Parse<VisitEventKind>(e.Kind), e.At, e.By, e.Room, e.ToProvider))))
            .ToList();
        var keys = visitRows.ToDictionary(v => v.CheckInKey, v => v.Id);
        var delays = (await db.ProviderDelays.AsNoTracking().Where(d => d.Day == day).OrderBy(d => d.Id).ToListAsync(ct))
            .Select(d => new ProviderDelay(d.ProviderId, d.Minutes, d.Reason, d.By, d.SetAt));
        return new WaitingRoomDay(clinic, day, appointments.Values, visits, keys, delays, await LoadDeskAsync(day, ct));
    }

    public async Task<IReadOnlyDictionary<Guid, WaitEstimate>> PromisedForDayAsync(DateOnly day, CancellationToken ct = default) =>
        (await db.Visits.AsNoTracking().Where(v => v.Day == day && v.PromisedLikely != null).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => new WaitEstimate(v.PromisedLow!.Value, v.PromisedLikely!.Value, v.PromisedHigh!.Value, v.PromisedReason ?? ""));

    private void AddVisit(Visit visit, Guid checkInKey, WaitEstimate? promised, CareNeeds? care)
    {
        db.Visits.Add(new VisitRow
        {
            Id = visit.Id,
            Day = visit.Ticket.Day,
            AppointmentId = visit.Appointment.Id,
            Code = visit.Ticket.Code,
            Token = visit.Ticket.Token,
            State = visit.State.ToString(),
            CheckInKey = checkInKey,
            PromisedLow = promised?.LowMinutes,
            PromisedLikely = promised?.LikelyMinutes,
            PromisedHigh = promised?.HighMinutes,
            PromisedReason = promised?.Reason,
            CareNotes = care is null ? null : StoredCareNotes.Write(care),
            Events = visit.Trail.Select(e => ToRow(visit.Id, e)).ToList(),
        });
    }

    /// <summary>
    /// Everything the day recorded since it was loaded, in one go: bookings and walk-ins, new
    /// visits (with what they were promised and told us), the events of visits already stored,
    /// delays, and the desk's records. Written in the caller's transaction; the day then counts it as stored.
    /// </summary>
    public async Task SaveDayAsync(WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> promised, CancellationToken ct = default)
    {
        var changes = room.Unstored();
        AddAppointments(changes.Appointments);
        foreach (var (visit, key) in changes.NewVisits)
        {
            AddVisit(visit, key, promised.GetValueOrDefault(visit.Id), changes.Desk.Care.GetValueOrDefault(visit.Id));
        }

        foreach (var visit in changes.ChangedVisits)
        {
            var row = await db.Visits.FirstAsync(v => v.Id == visit.Id, ct);
            row.State = visit.State.ToString();
            db.VisitEvents.AddRange(visit.Unstored.Select(e => ToRow(visit.Id, e)));
        }

        foreach (var delay in changes.Delays)
        {
            AddDelay(room.Day, delay);
        }

        await AddDeskAsync(room.Day, changes.Desk, ct);

        await db.SaveChangesAsync(ct);
        room.MarkStored();
    }

    private void AddAppointments(IEnumerable<Appointment> appointments) =>
        db.Appointments.AddRange(appointments.Select(a => new AppointmentRow
        {
            Id = a.Id,
            Day = a.Day,
            StartsAt = a.StartsAt,
            ProviderId = a.ProviderId,
            VisitTypeId = a.VisitTypeId,
            FirstName = a.Patient.FirstName,
            LastName = a.Patient.LastName,
            DateOfBirth = a.Patient.DateOfBirth,
            WalkIn = a.WalkIn,
            ConfirmationCode = a.ConfirmationCode,
        }));

    private void AddDelay(DateOnly day, ProviderDelay delay) =>
        db.ProviderDelays.Add(new ProviderDelayRow
        {
            Day = day,
            ProviderId = delay.ProviderId,
            Minutes = delay.Minutes,
            Reason = delay.Reason,
            By = delay.By,
            SetAt = delay.SetAt,
        });

    public void RecordShown(DateOnly day, DateTimeOffset at, IEnumerable<(Guid VisitId, WaitEstimate Estimate)> shown) =>
        db.ShownEstimates.AddRange(shown.Select(s => new ShownEstimateRow
        {
            VisitId = s.VisitId,
            Day = day,
            At = at,
            Low = s.Estimate.LowMinutes,
            Likely = s.Estimate.LikelyMinutes,
            High = s.Estimate.HighMinutes,
        }));

    /// <summary>The last estimate each of the day's patients was shown, and when: what they were told stands after a restart.</summary>
    public async Task<IReadOnlyList<(Guid VisitId, WaitEstimate Told, DateTimeOffset At)>> LastShownAsync(DateOnly day, CancellationToken ct = default) =>
        [.. (await ShownAsync(day, ct))
            .GroupBy(s => s.VisitId)
            .Select(g => g.Last())
            .Select(s => (s.VisitId, s.Estimate, s.At))];

    /// <summary>Every estimate the day's patients were shown, in the order shown (reasons are not kept).</summary>
    public async Task<IReadOnlyList<ShownEstimate>> ShownAsync(DateOnly day, CancellationToken ct = default) =>
        [.. (await db.ShownEstimates.AsNoTracking().Where(s => s.Day == day).ToListAsync(ct))
            .OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select(s => new ShownEstimate(s.VisitId, s.At, new WaitEstimate(s.Low, s.Likely, s.High, "")))];

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> that had bookings or walk-ins, oldest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> DaysBookedAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await db.Appointments.AsNoTracking().Where(a => a.Day >= from && a.Day <= to).Select(a => a.Day).Distinct()
            .OrderBy(d => d).ToListAsync(ct);

    /// <summary>Days before <paramref name="before"/> that had visits, newest first, at most <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<DateOnly>> PastDaysAsync(DateOnly before, int count, CancellationToken ct = default) =>
        await db.Visits.AsNoTracking().Where(v => v.Day < before).Select(v => v.Day).Distinct()
            .OrderByDescending(d => d).Take(count).ToListAsync(ct);

    public Task SaveAsync(CancellationToken ct = default) => db.SaveChangesAsync(ct);

    /// <summary>One change, one transaction: all of it is stored, or none.</summary>
    public Task<IDbContextTransaction> BeginAsync(CancellationToken ct = default) => db.Database.BeginTransactionAsync(ct);

    /// <summary>The room's next sequence number, taken inside the change's transaction.</summary>
    public Task<long> NextSequenceAsync(CancellationToken ct = default) => db.NextSequenceAsync(clinic.Id, ct);

    /// <summary>How many changes the room has had on <paramref name="day"/>: read before the room, checked when saving.</summary>
    public Task<long> VersionAsync(DateOnly day, CancellationToken ct = default) => db.RoomVersionAsync(clinic.Id, day, ct);

    /// <summary>Inside the change's transaction: false when another change saved since <paramref name="read"/> was read.</summary>
    public Task<bool> TryMoveVersionAsync(DateOnly day, long read, CancellationToken ct = default) => db.TryMoveRoomVersionAsync(clinic.Id, day, read, ct);

    /// <summary>The number of the last change committed.</summary>
    public Task<long> SequenceAsync(CancellationToken ct = default) => db.LastSequenceAsync(clinic.Id, ct);

    private static Appointment ToDomain(AppointmentRow a) =>
        new(a.Id, a.Day, a.StartsAt, a.ProviderId, a.VisitTypeId, new PatientIdentity(a.FirstName, a.LastName, a.DateOfBirth), a.WalkIn, a.ConfirmationCode);

    private static VisitEventRow ToRow(Guid visitId, VisitEvent e) =>
        new() { VisitId = visitId, Kind = e.Kind.ToString(), At = e.At, By = e.By, Room = e.Room, ToProvider = e.ToProvider };
}
