using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>The clinic's name, colour, logo and time format: asked for on every connect, so an edit to the clinic file reaches the kiosk.</summary>
public sealed partial class HubClient
{
    private async Task AskLookAsync()
    {
        if (_look is null || _connection.State != HubConnectionState.Connected || _stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            _look.Take(await _connection.InvokeAsync<ClinicLook>(nameof(IWaitingRoomHub.Appearance), _stopping.Token));
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or OperationCanceledException)
        {
            // Only looks: the last one (or the configured name) stays until the next connect.
            _log.LogWarning("The hub did not say how the clinic looks: {Reason}", e.Message);
        }
    }
}
