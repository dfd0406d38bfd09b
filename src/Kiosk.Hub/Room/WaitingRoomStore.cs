using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Schedule;
using Kiosk.WaitingRoom.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kiosk.Hub.Room;

/// <summary>Loads a day's waiting room from the database and writes back what changed.</summary>
public sealed partial class WaitingRoomStore(HubDb db, ClinicProfile clinic, WriteBackSetting? writeBack = null)
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
            .Select(d => new ProviderDelay(d.ProviderId, d.Minutes, d.Reason, d.By, d.SetAt, d.ReasonKind is { } kind ? Enum.Parse<LateReason>(kind) : LateReason.Typed));
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
            // A visit nobody checked in for (a no-show marked by the desk or the clinic system) has
            // no key; the column is unique, so it gets one that no kiosk will ever send.
            CheckInKey = checkInKey == Guid.Empty ? Guid.NewGuid() : checkInKey,
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
        await UpdateAppointmentsAsync(changes.ChangedAppointments, ct);
        if (changes.RemovedAppointments.Count > 0)
        {
            await db.Appointments.Where(a => changes.RemovedAppointments.Contains(a.Id)).ExecuteDeleteAsync(ct);
        }
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
        QueueStatusWrites(room.Day, SourceStatusChanges.Of(changes, ScheduleSource.By));

        await db.SaveChangesAsync(ct);
        room.MarkStored();
    }

    /// <summary>
    /// A finished day this hub did not live through (the demo's simulated past), written whole:
    /// every appointment, visit with its trail, and delay, for a day with nothing stored yet. Its
    /// kiosks' check-in keys are not kept (nobody will retry those check-ins), so each visit gets
    /// a fresh one. Written in the caller's transaction.
    /// </summary>
    public async Task AddFinishedDayAsync(WaitingRoomDay room, CancellationToken ct = default)
    {
        AddAppointments(room.Appointments);
        foreach (var visit in room.Visits)
        {
            AddVisit(visit, Guid.NewGuid(), promised: null, care: null);
        }

        foreach (var delay in room.Delays)
        {
            AddDelay(room.Day, delay);
        }

        await db.SaveChangesAsync(ct);
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
            SourceId = a.SourceId,
            Minutes = a.Minutes,
            WalkInReason = a.WalkInReason,
        }));

    /// <summary>The clinic's system moved these (no patient has checked in for them).</summary>
    private async Task UpdateAppointmentsAsync(IReadOnlyList<Appointment> moved, CancellationToken ct)
    {
        foreach (var a in moved)
        {
            var row = await db.Appointments.FirstAsync(r => r.Id == a.Id, ct);
            row.StartsAt = a.StartsAt;
            row.ProviderId = a.ProviderId;
            row.VisitTypeId = a.VisitTypeId;
            row.FirstName = a.Patient.FirstName;
            row.LastName = a.Patient.LastName;
            row.DateOfBirth = a.Patient.DateOfBirth;
            row.ConfirmationCode = a.ConfirmationCode;
            row.Minutes = a.Minutes;
        }
    }

    /// <summary>The clinic system hears of check-ins, no-shows and visits done: queued here, in the change's transaction, and sent by <see cref="Integrations.StatusWriteBack"/>.</summary>
    /// <remarks>A hub with nowhere to write statuses queues none.</remarks>
    private void QueueStatusWrites(DateOnly day, IEnumerable<SourceStatusChange> writes) =>
        db.StatusWrites.AddRange(writes.Where(_ => writeBack?.Enabled == true).Select(w => new StatusWriteRow
        {
            Day = day,
            SourceId = w.SourceId,
            Status = w.Status.ToString(),
            At = w.At,
            NextTryAt = w.At,
        }));

    private void AddDelay(DateOnly day, ProviderDelay delay) =>
        db.ProviderDelays.Add(new ProviderDelayRow
        {
            Day = day,
            ProviderId = delay.ProviderId,
            Minutes = delay.Minutes,
            Reason = delay.Reason,
            ReasonKind = delay.Kind == LateReason.Typed ? null : delay.Kind.ToString(),
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

    /// <summary>What an import did to a day, for reception; saved with the day's changes.</summary>
    public void RecordImport(ScheduleImportRow report) => db.ScheduleImports.Add(report);

    /// <summary>The last word reception had from this source today (a report, or that it could not be read).</summary>
    public Task<ScheduleImportRow?> LastImportAsync(DateOnly day, string source, CancellationToken ct = default) =>
        db.ScheduleImports.AsNoTracking().Where(i => i.Day == day && i.Source == source).OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);

    /// <summary>The days that hold appointments imported with these ids (an appointment moved to another day leaves its old one).</summary>
    public async Task<IReadOnlyList<DateOnly>> DaysOfSourcesAsync(IReadOnlyCollection<string> sourceIds, CancellationToken ct = default) =>
        sourceIds.Count == 0 ? [] : await db.Appointments.AsNoTracking()
            .Where(a => a.SourceId != null && sourceIds.Contains(a.SourceId)).Select(a => a.Day).Distinct().ToListAsync(ct);

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
        new(a.Id, a.Day, a.StartsAt, a.ProviderId, a.VisitTypeId, new PatientIdentity(a.FirstName, a.LastName, a.DateOfBirth), a.WalkIn, a.ConfirmationCode, a.SourceId, a.Minutes, a.WalkInReason);

    private static VisitEventRow ToRow(Guid visitId, VisitEvent e) =>
        new() { VisitId = visitId, Kind = e.Kind.ToString(), At = e.At, By = e.By, Room = e.Room, ToProvider = e.ToProvider };
}
