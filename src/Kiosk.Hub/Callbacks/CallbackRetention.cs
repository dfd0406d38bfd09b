using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Callbacks;

/// <summary>Callbacks:RetentionDays after a request is closed, its personal data goes; Callbacks:PurgeEveryMinutes how often we look.</summary>
public sealed class CallbackRetentionOptions
{
    public int RetentionDays { get; set; } = 30;
    public int PurgeEveryMinutes { get; set; } = 60;
}

/// <summary>
/// Removes phone numbers, question and answer words and notes from requests closed longer ago
/// than the retention period. Topic, times, states and who did what stay: the audit and the report.
/// </summary>
public sealed class CallbackRetention(IServiceScopeFactory scopes, TimeProvider time, CallbackRetentionOptions options, ILogger<CallbackRetention> log)
    : BackgroundService
{
    /// <summary>One pass; returns how many requests were purged.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.RetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        // SQLite cannot compare DateTimeOffset in SQL: narrow in SQL, decide in memory.
        var due = (await db.CallbackRequests.Include(c => c.Events).Where(c => c.ClosedAt != null && c.PurgedAt == null).ToListAsync(ct))
            .Where(c => c.ClosedAt <= cutoff)
            .ToList();
        foreach (var row in due)
        {
            var request = CallbackStore.ToDomain(row);
            request.ForgetPersonalData();
            row.Phone = request.Question.Phone;
            row.Text = request.Question.Text;
            var events = row.Events.OrderBy(e => e.Id).ToList();
            for (var i = 0; i < events.Count; i++) events[i].Detail = request.Events[i].Detail;
            row.PurgedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        if (due.Count > 0) log.LogInformation("Removed personal data from {Count} closed question(s).", due.Count);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.PurgeEveryMinutes)), time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                // The next pass tries again; a purge that failed once must not stop the hub.
                log.LogWarning(e, "Callback retention purge failed; will retry.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
