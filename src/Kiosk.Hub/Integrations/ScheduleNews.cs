using System.Text.Json;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Integrations;

/// <summary>One change an import made, as stored for reception's list (staff only; emptied with the day's personal data).</summary>
public sealed record ScheduleNewsLine(ScheduleChangeKind Kind, DateTimeOffset StartsAt, string ProviderId, string Patient, SourceStatus? Said, DateTimeOffset? SaidStartsAt)
{
    public static ScheduleNewsLine Of(ScheduleChange c) =>
        new(c.Kind, c.Appointment.StartsAt, c.Appointment.ProviderId, c.Appointment.Patient.DisplayName, c.SaidStatus, c.SaidStartsAt);
}

/// <summary>A report of one read of the schedule, as reception's panel shows it.</summary>
public sealed record ScheduleReport(DateTimeOffset At, string Source, int Added, int Moved, int Cancelled, int CheckedIn, int NoShow, int NotApplied,
    IReadOnlyList<ScheduleNewsLine> Changes, IReadOnlyList<string> Problems, string? Failure);

/// <summary>Statuses on their way to the clinic's system: how many wait, and the last reason one could not be written.</summary>
public sealed record WriteBackState(int Waiting, int Failing, string? LastError, DateTimeOffset? NextTryAt);

/// <summary>What reception sees of the clinic's schedule today: the latest reports and the write-back queue.</summary>
public sealed class ScheduleNews(HubDb db, ClinicProfile clinic, TimeProvider time)
{
    public const int Shown = 5;

    public async Task<IReadOnlyList<ScheduleReport>> LatestAsync(CancellationToken ct = default)
    {
        var day = clinic.Today(time);
        var rows = await db.ScheduleImports.AsNoTracking().Where(i => i.Day == day).OrderByDescending(i => i.Id).Take(Shown).ToListAsync(ct);
        return [.. rows.Select(r => new ScheduleReport(r.At, r.Source, r.Added, r.Moved, r.Cancelled, r.CheckedIn, r.NoShow, r.NotApplied,
            r.Changes is null ? [] : JsonSerializer.Deserialize<List<ScheduleNewsLine>>(r.Changes, ScheduleImporter.Json) ?? [],
            r.Problems?.Split('\n') ?? [], r.Failure))];
    }

    public async Task<WriteBackState> WriteBackAsync(CancellationToken ct = default)
    {
        var waiting = await db.StatusWrites.AsNoTracking().Where(w => w.WrittenAt == null).ToListAsync(ct);
        var failing = waiting.Where(w => w.LastError is not null).OrderByDescending(w => w.Id).ToList();
        return new WriteBackState(waiting.Count, failing.Count, failing.FirstOrDefault()?.LastError, failing.FirstOrDefault()?.NextTryAt);
    }
}
