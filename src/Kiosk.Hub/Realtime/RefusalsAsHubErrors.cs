using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Live;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Visits;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// The domain refuses with a reason; the caller should read that reason, not "an error
/// occurred on the server". Anything else stays a server error and is logged without payload.
/// </summary>
public sealed class RefusalsAsHubErrors : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is CheckInRefusedException or VisitTransitionException or VisitNotFoundException or DeskRefusedException
            or CallbackTransitionException or CallbackNotFoundException)
        {
            throw new HubException(e.Message);
        }
    }
}
