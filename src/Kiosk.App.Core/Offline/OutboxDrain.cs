using Kiosk.App.Core.Hub;
using Microsoft.Extensions.Logging;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// Keeps delivering the outbox whenever the hub is there: woken when the link comes back online or
/// something is queued, and after a failed attempt it tries again with a capped back-off on the kiosk's
/// clock (a test moves the clock instead of waiting). Also forgets delivered rows of earlier days.
/// </summary>
public sealed class OutboxDrain(Outbox outbox, IWaitingRoomGateway hub, TimeProvider time, ILogger<OutboxDrain> log)
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    /// <summary>With nothing to do, look again this often anyway (and forget yesterday's delivered rows).</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync(CancellationToken stopping)
    {
        hub.LinkChanged += OnLinkChanged;
        outbox.Waiting += Wake;
        try
        {
            var failures = 0;
            while (!stopping.IsCancellationRequested)
            {
                var woken = Volatile.Read(ref _wake).Task;
                var wait = Idle;
                if (hub.Link == HubLink.Online && outbox.Depth > 0)
                {
                    if (await TryDrainAsync(stopping))
                    {
                        failures = 0;
                    }
                    else
                    {
                        failures++;
                        wait = Backoff(failures);
                        log.LogWarning("The outbox could not reach the hub ({Depth} waiting); trying again in {Seconds} s.", outbox.Depth, wait.TotalSeconds);
                    }
                }

                outbox.ForgetDeliveredBefore(new DateTimeOffset(time.GetLocalNow().Date, time.GetLocalNow().Offset));
                await Task.WhenAny(woken, Task.Delay(wait, time, stopping));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: whatever is left stays on disk for the next start.
        }
        finally
        {
            hub.LinkChanged -= OnLinkChanged;
            outbox.Waiting -= Wake;
        }
    }

    /// <summary>A delivery that fails in a way nobody foresaw is logged and tried again later: the drain never stops for good.</summary>
    private async Task<bool> TryDrainAsync(CancellationToken stopping)
    {
        try
        {
            return await outbox.DrainAsync(stopping);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            log.LogError(e, "Delivering the outbox failed unexpectedly; it stays on disk and is tried again.");
            return false;
        }
    }

    public static TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(failures - 1, 10)));

    private void OnLinkChanged(HubLink link)
    {
        if (link == HubLink.Online)
        {
            Wake();
        }
    }

    private void Wake() =>
        Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
