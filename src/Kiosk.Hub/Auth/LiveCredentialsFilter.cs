using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Auth;

/// <summary>
/// A connection is authenticated once, when it opens; this keeps it honest afterwards. Each open
/// connection is tracked by its credential (so <see cref="CredentialWatch"/> can cut it), and each
/// call from a kiosk or desk checks first that its credential still stands.
/// </summary>
public sealed class LiveCredentialsFilter(OpenCredentials open, ILogger<LiveCredentialsFilter> log) : IHubFilter
{
    private const string TrackingKey = "kiosk:credential-tracking";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (Credential.Of(context.Context.User) is { } credential)
        {
            context.Context.Items[TrackingKey] = open.Track(credential, context.Context.Abort);
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(TrackingKey, out var tracking) && tracking is IDisposable handle)
        {
            handle.Dispose();
        }

        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (Credential.Of(invocationContext.Context.User) is { } credential
            && await invocationContext.ServiceProvider.GetRequiredService<CredentialCheck>().IsRevokedAsync(credential, invocationContext.Context.ConnectionAborted))
        {
            // Refused with a reason the caller can read; the watch closes the connection at its next look.
            log.LogInformation("Refused {Method} on a connection whose credential was revoked.", invocationContext.HubMethodName);
            throw new HubException(Revoked(credential));
        }

        return await next(invocationContext);
    }

    private static string Revoked(Credential credential) => credential switch
    {
        KioskCredential => "This kiosk's key has been revoked. Ask the clinic's IT to enrol it again.",
        _ => "Your sign-in has ended. Please sign in again.",
    };
}
