using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Going to a patient: reception says it spoke to someone waiting too long, or is going to an
/// urgent alert; a phone asks for help with its ticket token (the token is the proof).
/// </summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public Task<BoardRow> AcknowledgeOverdue(AcknowledgeOverdueRequest request) =>
        room.AcknowledgeOverdueAsync(HubInput.Overdue(request), Caller(), Context.ConnectionAborted);

    public async Task<TicketView> NeedHelpNow(string token) =>
        await room.NeedHelpAsync(HubInput.Token(token), Context.ConnectionAborted)
            ?? throw new HubException("That ticket link is not valid or the visit has ended.");

    public async Task<TicketView> RateVisit(RateVisitRequest request)
    {
        var (token, rating) = HubInput.Rate(request);
        return await room.RateAsync(token, rating, Context.ConnectionAborted)
            ?? throw new HubException("That ticket link is not valid or the visit has ended.");
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<UrgentAlert> AcknowledgeAlert(AcknowledgeAlertRequest request) =>
        room.GoingAsync(HubInput.Alert(request), Caller(), Context.ConnectionAborted);
}
