using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>Running late: reception puts off a suggestion it does not agree with; the TV hears who is late (never why).</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<ReceptionBoard>> DismissDelaySuggestion(DismissDelaySuggestionRequest request) =>
        HubResult.Ok(await room.DismissSuggestionAsync(HubInput.NotNow(request, clinic), Caller(), Context.ConnectionAborted));

    public async Task<IReadOnlyList<LateNotice>> WatchRunningLate()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Display(clinic.Id), Context.ConnectionAborted);
        return await room.LateNoticesAsync(Context.ConnectionAborted);
    }
}
