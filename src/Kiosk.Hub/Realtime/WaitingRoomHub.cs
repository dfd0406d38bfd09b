using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Health;
using Kiosk.Hub.Live;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// The waiting room's realtime endpoint. Who may call what comes from authentication: kiosks
/// by device key, reception by staff sign-in; a phone or TV only proves it holds a token.
/// </summary>
public sealed partial class WaitingRoomHub(WaitingRoomService room, CallbackService callbacks, ClinicProfile clinic, TimeProvider time,
    KioskHealth health)
    : Microsoft.AspNetCore.SignalR.Hub<IWaitingRoomClient>, IWaitingRoomHub
{
    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<AppointmentLookupResult>> FindAppointment(AppointmentLookup lookup) =>
        HubResult.Ok(await room.FindAsync(HubInput.Lookup(lookup, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> CheckIn(CheckInRequest request) =>
        HubResult.Ok(await room.CheckInAsync(HubInput.CheckIn(request, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> WalkIn(WalkInRequest request) =>
        HubResult.Ok(await room.WalkInAsync(HubInput.WalkIn(request, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public Task<WaitRange?> LobbyWait() => room.LobbyWaitAsync(Context.ConnectionAborted);

    public async Task<HubResult<TicketView>> WatchTicket(string token)
    {
        var ticket = await room.TicketAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid();
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Ticket(ticket.Token), Context.ConnectionAborted);
        return HubResult.Ok(ticket);
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<ReceptionBoard> WatchBoard()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Reception, Context.ConnectionAborted);
        return await room.BoardAsync(Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow>> CallVisit(CallVisitRequest request) =>
        HubResult.Ok(await room.CallAsync(HubInput.Call(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow?>> ActOnVisit(DeskActionRequest request) =>
        HubResult.Ok(await room.ActAsync(HubInput.Act(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<BoardRow?>> MoveVisit(MoveVisitRequest request) =>
        HubResult.Ok(await room.MoveAsync(HubInput.Move(request, clinic), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<ReceptionBoard>> SetProviderDelay(ProviderDelayRequest request) =>
        HubResult.Ok(await room.SetDelayAsync(HubInput.Delay(request, clinic), Caller(), Context.ConnectionAborted));

    public async Task<IReadOnlyList<CalledTicket>> WatchDisplay()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Display(clinic.Id), Context.ConnectionAborted);
        return await room.RecentCallsAsync(Context.ConnectionAborted);
    }

    private string Caller() => Context.User?.Identity?.Name ?? "unknown";
}
