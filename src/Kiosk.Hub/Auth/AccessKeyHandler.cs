using System.Text.Encodings.Web;
using Kiosk.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Auth;

/// <summary>
/// Kiosks present their enrolment key as a bearer token. Browsers' WebSockets cannot set
/// headers, so on the hub route SignalR's access_token query parameter is accepted as well.
/// </summary>
public sealed class AccessKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KioskEnrolments kiosks) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessKey";

    public static bool Presents(HttpRequest request) => Key(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Key(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        return await kiosks.AuthenticateAsync(key, SchemeName, Context.RequestAborted) is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
            : AuthenticateResult.Fail("The access key is not recognised.");
    }

    private static string? Key(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.StartsWithSegments(HubRoutes.WaitingRoom) && request.Query["access_token"] is { Count: > 0 } token
            ? token.ToString()
            : null;
    }
}
