using Kiosk.Hub.Limits;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// The one place a refusal becomes the method's result: whatever the domain, the services or the
/// input checks refuse with (see <see cref="Refusals"/>) comes back as a <c>HubResult</c> with a code
/// the caller reads, not as "an error occurred on the server". A refusal is ordinary: one information
/// line, no stack trace. Transport refusals (authorization, revoked credentials, limits) stay
/// HubExceptions; anything else stays a server error, logged here with its stack trace and without payload.
/// </summary>
public sealed partial class RefusalsAsResults(ILogger<RefusalsAsResults> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (Refusals.From(e) is { } refusal)
        {
            Refused(log, method, refusal.Code, refusal.Message);
            return HubResults.Refused(invocationContext.HubMethod, refusal) ?? throw new HubException(refusal.Message);
        }
        catch (LimitReachedException)
        {
            // Logged by the limits, once a minute per caller: a flood must not become a flood of lines.
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
    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} refused ({Code}): {Reason}")]
    private static partial void Refused(ILogger logger, string method, string code, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} stopped: the caller went away")]
    private static partial void CallerLeft(ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method);
}
