using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>
/// Today's appointment copy, for finding patients while the hub is away: taken on every (re)connect and
/// every <see cref="CopyEvery"/>, and a copy whose day is over is deleted on the same beat.
/// </summary>
public sealed partial class HubClient
{
    public static readonly TimeSpan CopyEvery = TimeSpan.FromMinutes(5);

    private async Task TakeCopyAsync()
    {
        _copies?.ForgetIfOver();
        if (_copies is null || _connection.State != HubConnectionState.Connected || _stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            _copies.Save(await _connection.InvokeAsync<AppointmentCopy>(nameof(IWaitingRoomHub.AppointmentCopy), _stopping.Token));
        }
        catch (HubException e)
        {
            _log.LogWarning("The hub refused this kiosk a copy of today's appointments: {Reason}", e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection dropped; reconnecting takes a new copy at once, and the old one serves meanwhile.
        }
    }
}
