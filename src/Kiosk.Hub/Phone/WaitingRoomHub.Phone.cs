using Kiosk.Contracts;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub;

/// <summary>A phone (or the kiosk) holding a ticket token: the visit and its live updates, "I need help now" (and taking it back), "How was your visit today?". The token is the proof.</summary>
public sealed partial class WaitingRoomHub
{
    public async Task<HubResult<TicketView>> WatchTicket(string token)
    {
        var ticket = await phone.TicketAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid();
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Ticket(ticket.Token), Context.ConnectionAborted);
        return HubResult.Ok(ticket);
    }

    public async Task<HubResult<TicketView>> NeedHelpNow(string token) =>
        HubResult.Ok(await phone.NeedHelpAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());

    public async Task<HubResult<TicketView>> NoLongerNeedHelp(string token) =>
        HubResult.Ok(await phone.NoLongerNeedHelpAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());

    public async Task<HubResult<TicketView>> RateVisit(RateVisitRequest request)
    {
        var (token, rating) = HubInput.Rate(request);
        return HubResult.Ok(await phone.RateAsync(token, rating, Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());
    }
}
