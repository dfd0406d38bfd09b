using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>Check-in by the confirmation code on a reminder letter: typed on the kiosk or scanned from its barcode.</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<AppointmentLookupResult>> FindAppointmentByCode(CodeLookup lookup) =>
        HubResult.Ok(await room.FindByCodeAsync(HubInput.Code(lookup), Caller(), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Kiosk)]
    public async Task<HubResult<TicketView>> CheckInByCode(CodeCheckInRequest request) =>
        HubResult.Ok(await room.CheckInByCodeAsync(HubInput.CheckInByCode(request), Caller(), Context.ConnectionAborted));
}
