using Kiosk.Hub.Realtime;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Health;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub;

/// <summary>Kiosk health: a kiosk beats under its own enrolled name; reception watches every kiosk.</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult> KioskHeartbeat(KioskHealthReport report)
    {
        await health.HeartbeatAsync(Caller(), Context.ConnectionId, HeartbeatInput.Report(report), Context.ConnectionAborted);
        return HubResult.Done;
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<KioskList> WatchKiosks()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Reception, Context.ConnectionAborted);
        return await health.ListAsync(Context.ConnectionAborted);
    }

    /// <summary>A kiosk whose connection drops is offline now, not when its silence runs out.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.IsInRole(Roles.Kiosk) == true)
        {
            await health.DisconnectedAsync(Caller(), Context.ConnectionId);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
