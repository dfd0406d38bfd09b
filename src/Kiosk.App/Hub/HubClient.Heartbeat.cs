using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>"I am here": on every connect and every 15 s, so reception sees a kiosk that goes quiet.</summary>
public sealed partial class HubClient
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);

    private async Task BeatAsync()
    {
        if (_connection.State != HubConnectionState.Connected || _stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            var beat = await _connection.InvokeAsync<HubResult>(nameof(IWaitingRoomHub.KioskHeartbeat), _self.Now(), _stopping.Token);
            if (beat.Refusal is { } refusal)
            {
                _log.LogWarning("The hub refused this kiosk's heartbeat ({Code}): {Reason}", refusal.Code, refusal.Message);
            }
        }
        catch (HubException e)
        {
            _log.LogWarning("The hub refused this kiosk's heartbeat: {Reason}", e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection dropped between beats; reconnecting beats again at once.
        }
    }
}
