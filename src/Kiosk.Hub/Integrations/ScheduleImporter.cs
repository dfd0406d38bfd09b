using System.Text.Json;
using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Integrations;

/// <summary>How an import is made: a dry run changes nothing; the valid part only is imported only when asked.</summary>
public sealed record ImportOptions(bool DryRun = false, bool ValidOnly = false, DateOnly? WholeDay = null);

/// <summary>
/// What one import did, or (a dry run, or a read with problems) would do: per day, what changed;
/// the problems of the read; and whether anything was written.
/// </summary>
public sealed record ImportReport(string Source, bool Imported, bool DryRun, IReadOnlyList<ScheduleFollowed> Days, IReadOnlyList<ImportProblem> Problems)
{
    public int Count(ScheduleChangeKind kind) => Days.Sum(d => d.Count(kind));

    public int Unchanged => Days.Sum(d => d.Unchanged);

    /// <summary>"Imported from CSV file monday.csv: 12 new, 1 moved." — only what happens, in the order reception cares about.</summary>
    public string Headline
    {
        get
        {
            var verb = Imported ? "Imported" : DryRun ? "Nothing changed yet. This would import" : "Nothing was imported. The valid part would import";
            var parts = new (int Count, string What)[]
            {
                (Count(ScheduleChangeKind.Added), "new"),
                (Count(ScheduleChangeKind.Moved) + Count(ScheduleChangeKind.MovedToAnotherDay), "moved"),
                (Count(ScheduleChangeKind.Cancelled) + Count(ScheduleChangeKind.Gone), "cancelled"),
                (Count(ScheduleChangeKind.CheckedIn), "arrived"),
                (Count(ScheduleChangeKind.NoShow), "no-show"),
                (Unchanged, "unchanged"),
            }.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.What}").ToList();
            return $"{verb} from {Source}: {(parts.Count == 0 ? "no appointments" : string.Join(", ", parts))}.";
        }
    }

    /// <summary>Said only when it happened: what the clinic system changed for patients already here.</summary>
    public string? NotAppliedLine => Count(ScheduleChangeKind.NotApplied) is > 0 and var n
        ? $"{n} appointment(s) left as they are because the patient has already checked in; reception's board lists them."
        : null;

    /// <summary>The report as an admin reads it at the command line: the headline, then every problem. No patient data.</summary>
    public IEnumerable<string> Lines()
    {
        yield return Headline;
        if (NotAppliedLine is { } notApplied)
        {
            yield return notApplied;
        }

        if (Problems.Count > 0)
        {
            yield return $"{Problems.Count} problem(s){(Imported ? " (those appointments were left out)" : "")}:";
            foreach (var p in Problems)
            {
                yield return "  " + p;
            }

            if (!Imported && !DryRun)
            {
                yield return "Fix the file and import it again, or import only the valid appointments (--valid-only).";
            }
        }
    }
}

/// <summary>
/// Brings the clinic's schedule into the hub: today's room through the room's owner (so kiosks,
/// phones and reception hear at once), other days as versioned changes of their own. Each day
/// is one transaction, with the report reception reads. Nothing is imported from a read with
/// problems unless the valid part is asked for.
/// </summary>
public sealed class ScheduleImporter(WaitingRoomService room, IServiceScopeFactory scopes, ClinicProfile clinic, TimeProvider time, ILogger<ScheduleImporter> log)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ImportReport> ImportAsync(ScheduleRead read, string source, ImportOptions options, CancellationToken ct)
    {
        var write = !options.DryRun && (read.IsClean || options.ValidOnly);
        var days = await DaysTouchedAsync(read, options.WholeDay, ct);
        var followed = new List<ScheduleFollowed>();
        var problems = read.Problems;
        foreach (var day in days)
        {
            var wholeDay = options.WholeDay == day;
            followed.Add(write
                ? await ApplyAsync(day, read, source, wholeDay, problems, ct)
                : await TryAsync(day, read, wholeDay, ct));
            problems = []; // told once, with the first day
        }

        var report = new ImportReport(source, write, options.DryRun, followed, read.Problems);
        if (write)
        {
            log.LogInformation("Schedule from {Source}: {Added} new, {Moved} moved, {Cancelled} cancelled, {Problems} problem(s).",
                source, report.Count(ScheduleChangeKind.Added), report.Count(ScheduleChangeKind.Moved), report.Count(ScheduleChangeKind.Cancelled), read.Problems.Count);
        }

        return report;
    }

    /// <summary>The source could not be read: reception is told once per reason, not at every poll.</summary>
    public async Task RecordFailureAsync(string source, string reason, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var day = clinic.Today(time);
        var last = await db.ScheduleImports.Where(i => i.Day == day && i.Source == source).OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        if (last?.Failure == reason)
        {
            return;
        }

        db.ScheduleImports.Add(new ScheduleImportRow { Day = day, At = time.GetUtcNow(), Source = source, Failure = reason });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The days the read is about, and the days its appointments are on now (one moved to another day leaves its old one).</summary>
    private async Task<IReadOnlyList<DateOnly>> DaysTouchedAsync(ScheduleRead read, DateOnly? wholeDay, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
        var days = read.Appointments.Select(a => a.Day(clinic)).ToHashSet();
        days.UnionWith(await store.DaysOfSourcesAsync([.. read.Appointments.Select(a => a.SourceId)], ct));
        if (wholeDay is { } whole)
        {
            days.Add(whole);
        }

        return [.. days.Order()];
    }

    private async Task<ScheduleFollowed> TryAsync(DateOnly day, ScheduleRead read, bool wholeDay, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LoadDayAsync(day, ct);
        return loaded.Follow(read.Appointments, wholeDay, ScheduleSource.By, time.GetUtcNow(), ConfirmationCode.New);
    }

    /// <summary>
    /// One day, one transaction: the day follows the read, and reception gets a report when there
    /// is something new to tell — a change made, or problems, patients left alone, or the source
    /// back after failing, unlike the last report from this source — not at every quiet poll. A
    /// read that changes nothing and tells nothing new writes nothing (tried on the day as loaded
    /// first), so a quiet poll neither forecasts nor makes every hub read the room again.
    /// </summary>
    private async Task<ScheduleFollowed> ApplyAsync(DateOnly day, ScheduleRead read, string source, bool wholeDay, IReadOnlyList<ImportProblem> problems, CancellationToken ct)
    {
        ScheduleImportRow? last;
        await using (var scope = scopes.CreateAsyncScope())
        {
            last = await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LastImportAsync(day, source, ct);
        }

        bool IsNews(ScheduleFollowed followed, ScheduleImportRow report) => followed.ChangedAnything || (last is null
            ? followed.Changes.Count > 0 || problems.Count > 0
            : last.Failure is not null || last.Problems != report.Problems || (report.Changes is not null && report.Changes != last.Changes));

        var tried = await TryAsync(day, read, wholeDay, ct);
        if (!tried.ChangedAnything && !IsNews(tried, Report(tried, source, time.GetUtcNow(), problems)))
        {
            return tried;
        }

        ScheduleFollowed Follow(WaitingRoomDay loaded, WaitingRoomStore store, DateTimeOffset now)
        {
            var followed = loaded.Follow(read.Appointments, wholeDay, ScheduleSource.By, now, ConfirmationCode.New);
            var report = Report(followed, source, now, problems);
            if (IsNews(followed, report))
            {
                store.RecordImport(report);
            }

            return followed;
        }

        if (day != clinic.Today(time))
        {
            return await room.ChangeDayAsync(day, Follow, ct);
        }

        ScheduleFollowed? made = null;
        await room.ChangeAsync((loaded, store, now) =>
        {
            made = Follow(loaded, store, now);
            var providers = made.Changes.Select(c => c.Appointment.ProviderId).Distinct().ToArray();
            return Task.FromResult(new RoomChange(Guid.Empty, [.. RoomChange.Lines(loaded, providers)], null, BoardChanged: made.Changes.Count > 0));
        }, ct);
        return made!;
    }

    /// <summary>What reception is shown of one day's import.</summary>
    public static ScheduleImportRow Report(ScheduleFollowed followed, string source, DateTimeOffset at, IReadOnlyList<ImportProblem> problems) => new()
    {
        Day = followed.Day,
        At = at,
        Source = source,
        Added = followed.Count(ScheduleChangeKind.Added),
        Moved = followed.Count(ScheduleChangeKind.Moved) + followed.Count(ScheduleChangeKind.MovedToAnotherDay),
        Cancelled = followed.Count(ScheduleChangeKind.Cancelled) + followed.Count(ScheduleChangeKind.Gone),
        CheckedIn = followed.Count(ScheduleChangeKind.CheckedIn),
        NoShow = followed.Count(ScheduleChangeKind.NoShow),
        NotApplied = followed.Count(ScheduleChangeKind.NotApplied),
        Unchanged = followed.Unchanged,
        ProblemCount = problems.Count,
        Problems = problems.Count == 0 ? null : string.Join('\n', problems),
        Changes = followed.Changes.Count == 0 ? null : JsonSerializer.Serialize(followed.Changes.Select(ScheduleNewsLine.Of), Json),
    };
}
