using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub.Realtime;

/// <summary>Check-in by the confirmation code on a reminder letter: typed on the kiosk or scanned from its barcode.</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Kiosk)]
    public Task<AppointmentLookupResult> FindAppointmentByCode(CodeLookup lookup) =>
        room.FindByCodeAsync(HubInput.Code(lookup), Caller(), Context.ConnectionAborted);

    [Authorize(Roles = Roles.Kiosk)]
    public Task<TicketView> CheckInByCode(CodeCheckInRequest request) =>
        room.CheckInByCodeAsync(HubInput.CheckInByCode(request), Caller(), Context.ConnectionAborted);
}
