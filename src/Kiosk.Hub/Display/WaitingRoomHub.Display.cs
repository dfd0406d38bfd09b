using Kiosk.Contracts;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub;

/// <summary>The waiting-room TV: the codes called recently and who is running late (never why), then live updates.</summary>
public sealed partial class WaitingRoomHub
{
    public async Task<IReadOnlyList<CalledTicket>> WatchDisplay()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Display(clinic.Id), Context.ConnectionAborted);
        return (await display.DisplayAsync(Context.ConnectionAborted)).Calls;
    }

    public async Task<RunningLateNow> WatchRunningLate()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Display(clinic.Id), Context.ConnectionAborted);
        var now = await display.DisplayAsync(Context.ConnectionAborted);
        return new RunningLateNow(now.Late, now.Sequence);
    }
}
