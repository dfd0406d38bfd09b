using Kiosk.Contracts;
using Kiosk.Hub.Live;

namespace Kiosk.Hub.Health;

/// <summary>
/// A kiosk that stops beating but whose connection looks open (a frozen browser, a pulled cable
/// the server has not noticed yet) is flagged by the clock: every 5 s we look again. The same look
/// picks up an enrolment or revocation made by ./kiosk admin; a check-in triggers a look at once.
/// </summary>
public sealed class KioskHealthWatch(KioskHealth health, RoomBroadcaster room, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        room.BoardChanged += OnBoardChangedAsync;
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
        finally
        {
            room.BoardChanged -= OnBoardChangedAsync;
        }
    }

    private Task OnBoardChangedAsync(ReceptionBoard board) => health.LookAgainAsync(CancellationToken.None);
}
