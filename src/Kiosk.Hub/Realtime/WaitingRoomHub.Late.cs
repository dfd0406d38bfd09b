using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>Running late: reception puts off a suggestion it does not agree with; the TV hears who is late (never why).</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public Task<ReceptionBoard> DismissDelaySuggestion(DismissDelaySuggestionRequest request) =>
        room.DismissSuggestionAsync(HubInput.NotNow(request, clinic), Caller(), Context.ConnectionAborted);

    public async Task<RunningLateNow> WatchRunningLate()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Display(clinic.Id), Context.ConnectionAborted);
        var now = await room.DisplayAsync(Context.ConnectionAborted);
        return new RunningLateNow(now.Late, now.Sequence);
    }
}
