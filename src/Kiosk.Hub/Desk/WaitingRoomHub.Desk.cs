using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub;

/// <summary>
/// Reception: the board and its live updates, calling and acting on visits, running late, and
/// going to a patient (spoken to someone waiting too long, "I'm going" to an urgent alert).
/// </summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public async Task<ReceptionBoard> WatchBoard()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Reception, Context.ConnectionAborted);
        return await room.BoardAsync(Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow>> CallVisit(CallVisitRequest request) =>
        HubResult.Ok(await desk.CallAsync(HubInput.Call(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow?>> ActOnVisit(DeskActionRequest request) =>
        HubResult.Ok(await desk.ActAsync(HubInput.Act(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow?>> MoveVisit(MoveVisitRequest request) =>
        HubResult.Ok(await desk.MoveAsync(HubInput.Move(request, clinic), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<ReceptionBoard>> SetProviderDelay(ProviderDelayRequest request) =>
        HubResult.Ok(await desk.SetDelayAsync(HubInput.Delay(request, clinic), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<ReceptionBoard>> DismissDelaySuggestion(DismissDelaySuggestionRequest request) =>
        HubResult.Ok(await desk.DismissSuggestionAsync(HubInput.NotNow(request, clinic), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow>> AcknowledgeOverdue(AcknowledgeOverdueRequest request) =>
        HubResult.Ok(await desk.AcknowledgeOverdueAsync(HubInput.Overdue(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<UrgentAlert>> AcknowledgeAlert(AcknowledgeAlertRequest request) =>
        HubResult.Ok(await desk.GoingAsync(HubInput.Alert(request), Caller(), Context.ConnectionAborted));
}
