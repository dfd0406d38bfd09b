using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Health;

/// <summary>
/// A kiosk that stops beating but whose connection looks open (a frozen browser, a pulled cable
/// the server has not noticed yet) is flagged by the clock: every 5 s we look again. The same look
/// picks up an enrolment or revocation made by ./kiosk admin; a check-in triggers a look at once.
/// </summary>
public sealed class KioskHealthWatch(KioskHealth health, IRoomNotifier room, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A check-in changes the board: look at once.
        using var checkIns = room.Subscribe(news => news.Board is null ? Task.CompletedTask : health.LookAgainAsync(CancellationToken.None));
        try
        {
            using var timer = new PeriodicTimer(Every, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await health.LookAgainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
