using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kiosk.Hub.Staff;

/// <summary>
/// How long a desk stays signed in: the cookie slides while it is used (gone after
/// <see cref="Idle"/> without a request), and never outlives <see cref="Longest"/> from sign-in,
/// however busy the desk. A shared desk PC left signed in overnight asks for a password again.
/// Each request also asks the server whether its session is still live (<see cref="StaffSessions"/>):
/// signed out, the account disabled, deleted or given a new password, and the cookie is refused.
/// </summary>
public static class StaffSession
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(12);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(12);

    /// <summary>When the staff member signed in (round-trip UTC), carried in the cookie.</summary>
    public const string SignedInAtClaim = "kiosk:signed-in-at";

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.ExpireTimeSpan = Idle;
        o.SlidingExpiration = true;
        o.Events.OnSigningIn = ctx =>
        {
            var now = Now(ctx.HttpContext);
            if (ctx.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedInAtClaim))
            {
                identity.AddClaim(new Claim(SignedInAtClaim, now.ToString("O", CultureInfo.InvariantCulture)));
            }

            return Task.CompletedTask;
        };
        o.Events.OnValidatePrincipal = async ctx =>
        {
            var sessions = ctx.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
            if (HasEnded(ctx.Principal, Now(ctx.HttpContext)) || !await sessions.IsLiveAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
            {
                ctx.RejectPrincipal();
                await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        };
    }

    /// <summary>True once <see cref="Longest"/> has passed since sign-in (or the sign-in time is missing).</summary>
    public static bool HasEnded(ClaimsPrincipal? user, DateTimeOffset now) =>
        user?.FindFirst(SignedInAtClaim)?.Value is not { } at
        || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
        || now - signedIn >= Longest;

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
