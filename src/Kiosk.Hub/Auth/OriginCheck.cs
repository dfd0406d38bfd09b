using Kiosk.Contracts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kiosk.Hub.Auth;

/// <summary>
/// A browser sends the staff cookie with a WebSocket opened by any page of the same site, including
/// another port on the clinic's server. So a cookie-signed request to the staff hub or to Blazor's
/// circuit must come from the hub's own origin (or one configured in Hub:AllowedOrigins): otherwise 403
/// before anything runs. Kiosks (a key, no cookie) and the .NET client (no Origin) are not affected.
/// </summary>
public static class OriginCheck
{
    public const string BlazorPath = "/_blazor";

    public static IApplicationBuilder UseOriginChecked(this IApplicationBuilder app, IConfiguration config)
    {
        var allowed = config.GetSection("Hub:AllowedOrigins").Get<string[]>() ?? [];
        var origins = allowed.Append(config["Hub:PublicUrl"] ?? "")
            .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            var guarded = request.Path.StartsWithSegments(HubRoutes.WaitingRoom) || request.Path.StartsWithSegments(BlazorPath);
            if (guarded
                && context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme }
                && request.Headers.Origin is { Count: > 0 } origin
                && !IsOwn(origin.ToString(), request, origins))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("This page may not use the hub's staff connection.");
                return;
            }

            await next(context);
        });
    }

    private static bool IsOwn(string origin, HttpRequest request, HashSet<string> allowed)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var own = new UriBuilder(request.Scheme, request.Host.Host, request.Host.Port ?? (request.IsHttps ? 443 : 80)).Uri;
        return Uri.Compare(uri, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            || allowed.Contains(uri.GetLeftPart(UriPartial.Authority));
    }
}
