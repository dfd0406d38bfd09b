using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub;

/// <summary>Reception: "I've seen it" for a check-in an offline kiosk delivered late.</summary>
public sealed partial class WaitingRoomHub
{
    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<ReceptionBoard>> SeenLateCheckIn(SeenLateCheckInRequest request) =>
        HubResult.Ok(await lateCheckIns.SeenAsync(
            request is null || request.LateCheckInId == Guid.Empty
                ? throw RefusedException.Invalid(nameof(SeenLateCheckInRequest.LateCheckInId), "Say which late check-in you have seen.")
                : request,
            Caller(),
            Context.ConnectionAborted));
}
