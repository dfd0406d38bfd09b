using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Integrations;

/// <summary>
/// Sends the queued statuses (see <see cref="StatusWriteRow"/>) to the clinic's system, oldest
/// first, one appointment's statuses in the order they happened. A write that fails is tried
/// again after a pause that doubles each time (30 s, 1 min, 2 min … at most 15 min), and
/// reception sees what is waiting and why; the patient never waits for any of it.
/// </summary>
public sealed class StatusWriteBack(IServiceScopeFactory scopes, IStatusWriter writer, TimeProvider time, ILogger<StatusWriteBack> log) : BackgroundService
{
    /// <summary>One pass at a time: two passes reading the same waiting row would send it twice.</summary>
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>How often the queue is looked at.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(15);

    /// <summary>The pause after the <paramref name="attempts"/>th failed try.</summary>
    public static TimeSpan PauseAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks * (1L << Math.Min(attempts - 1, 20))));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Sending statuses to {Writer} failed; trying again shortly.", writer.Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends every status that is due; one that fails holds back the later ones of its appointment.</summary>
    public async Task SendDueAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            await SendWaitingAsync(ct);
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

    private async Task SendWaitingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var waiting = (await db.StatusWrites.Where(w => w.WrittenAt == null).ToListAsync(ct)).OrderBy(w => w.Id).ToList();
        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in waiting)
        {
            var now = time.GetUtcNow();
            if (heldBack.Contains(row.SourceId) || row.NextTryAt > now)
            {
                heldBack.Add(row.SourceId);
                continue;
            }

            try
            {
                await writer.WriteAsync(new StatusWrite(row.SourceId, Enum.Parse<SourceStatus>(row.Status), row.At), ct);
                (row.WrittenAt, row.LastError) = (time.GetUtcNow(), null);
            }
            catch (StatusWriteFailedException e)
            {
                row.Attempts++;
                row.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                row.NextTryAt = now + PauseAfter(row.Attempts);
                heldBack.Add(row.SourceId);
                log.LogWarning("A status could not be written to {Writer} (try {Try}): {Reason}", writer.Name, row.Attempts, e.Message);
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
