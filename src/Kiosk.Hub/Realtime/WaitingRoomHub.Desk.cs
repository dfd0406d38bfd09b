using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Going to a patient: reception says it spoke to someone waiting too long, or is going to an
/// urgent alert; a phone asks for help with its ticket token (the token is the proof).
/// </summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow>> AcknowledgeOverdue(AcknowledgeOverdueRequest request) =>
        HubResult.Ok(await room.AcknowledgeOverdueAsync(HubInput.Overdue(request), Caller(), Context.ConnectionAborted));

    public async Task<HubResult<TicketView>> NeedHelpNow(string token) =>
        HubResult.Ok(await room.NeedHelpAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());

    public async Task<HubResult<TicketView>> RateVisit(RateVisitRequest request)
    {
        var (token, rating) = HubInput.Rate(request);
        return HubResult.Ok(await room.RateAsync(token, rating, Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<UrgentAlert>> AcknowledgeAlert(AcknowledgeAlertRequest request) =>
        HubResult.Ok(await room.GoingAsync(HubInput.Alert(request), Caller(), Context.ConnectionAborted));
}
