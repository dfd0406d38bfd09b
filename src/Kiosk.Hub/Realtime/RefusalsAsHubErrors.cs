using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Limits;
using Kiosk.Hub.Live;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Visits;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// The domain refuses with a reason; the caller should read that reason, not "an error
/// occurred on the server". A refusal is ordinary: one information line, no stack trace (SignalR's
/// own "Failed invoking hub method" error is silenced in appsettings.json for that reason). Anything
/// else stays a server error, logged here with its stack trace and without payload.
/// </summary>
public sealed partial class RefusalsAsHubErrors(ILogger<RefusalsAsHubErrors> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is CheckInRefusedException or VisitTransitionException or VisitNotFoundException or DeskRefusedException
            or CallbackTransitionException or CallbackNotFoundException)
        {
            Refused(log, method, e.Message);
            throw new HubException(e.Message);
        }
        catch (LimitReachedException)
        {
            // Logged by the limits, once a minute per caller: a flood must not become a flood of lines.
            throw;
        }
        catch (HubException e)
        {
            Refused(log, method, e.Message);
            throw;
        }
        catch (OperationCanceledException) when (invocationContext.Context.ConnectionAborted.IsCancellationRequested)
        {
            CallerLeft(log, method);
            throw;
        }
        catch (Exception e)
        {
            Failed(log, e, method);
            throw;
        }
    }

    /// <summary>The reasons name rules, tickets and staff, never a patient: safe to keep in the log.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} refused: {Reason}")]
    private static partial void Refused(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} stopped: the caller went away")]
    private static partial void CallerLeft(ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method);
}
