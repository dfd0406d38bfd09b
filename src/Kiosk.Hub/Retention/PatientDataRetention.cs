using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Clinic;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Retention;

/// <summary>What one pass removed personal data from.</summary>
public sealed record PurgeCounts(int Appointments, int DelayReasons, int Questions)
{
    public bool Any => Appointments + DelayReasons + Questions > 0;
}

/// <summary>
/// The one job that forgets patients: every <see cref="RetentionOptions.PurgeEveryMinutes"/> on
/// the hub's clock, personal data older than <see cref="RetentionOptions.PatientDataDays"/> goes
/// from every table, in one transaction, and the file is left with no copy of it.
/// </summary>
public sealed class PatientDataRetention(IServiceScopeFactory scopes, TimeProvider time, ClinicProfile clinic, RetentionOptions options, ILogger<PatientDataRetention> log)
    : BackgroundService
{
    // One pass at a time: a pass asked for (admin, test) while the timer's is running waits for it.
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>One pass. Days up to and including today minus the window are purged; questions by when they closed (or were asked, if still open).</summary>
    public async Task<PurgeCounts> PurgeAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            return await PassAsync(ct);
        }
        finally
        {
            _pass.Release();
        }
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    private async Task<PurgeCounts> PassAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lastDay = clinic.Today(time).AddDays(-options.PatientDataDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Freed space in the file is zeroed: an overwritten name cannot be read back out of free pages.
            // (PostgreSQL has no such switch: its dead rows go at the next vacuum, which the server runs itself.)
            var sqlite = db.Database.IsSqlite();
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete=ON;", ct);
            }

            PurgeCounts counts;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                counts = new PurgeCounts(
                    await VisitDataPurge.AppointmentsAndVisitsAsync(db, lastDay, ct),
                    await VisitDataPurge.DelayReasonsAsync(db, lastDay, ct),
                    await QuestionPurge.PurgeAsync(db, now - TimeSpan.FromDays(options.PatientDataDays), now, ct));
                var staffTraces = await StaffTracePurge.PurgeAsync(db, now, ct);
                await transaction.CommitAsync(ct);
                if (staffTraces > 0) log.LogInformation("Removed {Count} finished staff session(s) and quiet sign-in count(s).", staffTraces);
            }

            if (counts.Any)
            {
                if (sqlite)
                {
                    await TruncateLogAsync(db, ct);
                }

                log.LogInformation(
                    "Removed personal data older than {Days} day(s): {Appointments} appointment(s), {Delays} delay reason(s), {Questions} question(s).",
                    options.PatientDataDays, counts.Appointments, counts.DelayReasons, counts.Questions);
            }

            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The write-ahead log still holds the pages as they were before: copy them home and empty it.</summary>
    private async Task TruncateLogAsync(HubDb db, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct) && reader.GetInt32(0) != 0)
        {
            log.LogWarning("The database was busy; the old pages leave its write-ahead log at a later checkpoint.");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.PurgeEveryMinutes), time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or DbException)
            {
                // The next pass tries again; a purge that failed once must not stop the hub.
                log.LogWarning(e, "Retention purge failed; will retry.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
