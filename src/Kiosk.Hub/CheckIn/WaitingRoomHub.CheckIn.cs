using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub;

/// <summary>The kiosk: find today's appointment by name and birth date or by the code on a reminder letter, check in, walk in.</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<AppointmentLookupResult>> FindAppointment(AppointmentLookup lookup) =>
        HubResult.Ok(await checkIn.FindAsync(HubInput.Lookup(lookup, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> CheckIn(CheckInRequest request) =>
        HubResult.Ok(await checkIn.CheckInAsync(HubInput.CheckIn(request, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<AppointmentLookupResult>> FindAppointmentByCode(CodeLookup lookup) =>
        HubResult.Ok(await checkIn.FindByCodeAsync(HubInput.Code(lookup), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> CheckInByCode(CodeCheckInRequest request) =>
        HubResult.Ok(await checkIn.CheckInByCodeAsync(HubInput.CheckInByCode(request), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> WalkIn(WalkInRequest request) =>
        HubResult.Ok(await checkIn.WalkInAsync(HubInput.WalkIn(request, clinic.Today(time)), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public Task<WaitRange?> LobbyWait() => checkIn.LobbyWaitAsync(Context.ConnectionAborted);

    [Authorize(Roles = Roles.Kiosk)]
    public Task<ClinicLook> Appearance() => Task.FromResult(look);

    [Authorize(Roles = Roles.Kiosk)]
    public Task<Kiosk.Contracts.Offline.AppointmentCopy> AppointmentCopy() => copies.TodayAsync(Caller(), Context.ConnectionAborted);
}
