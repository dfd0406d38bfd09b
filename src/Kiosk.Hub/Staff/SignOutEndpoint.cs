using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Hub.Staff;

public static class SignOutEndpoint
{
    public const string Path = "/staff/sign-out";

    /// <summary>
    /// Ends the session on the server (a copy of the cookie is worthless afterwards), then drops the cookie.
    /// Only the board's own form can do it: another site's page cannot sign a desk out behind its back.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async Task<Results<RedirectHttpResult, BadRequest<string>>> (HttpContext http, IAntiforgery antiforgery, StaffSessions sessions) =>
        {
            if (!await HasValidTokenAsync(antiforgery, http))
            {
                return TypedResults.BadRequest("Sign out from the reception board's own Sign out button.");
            }

            if (StaffSessions.IdOf(http.User) is { } session)
            {
                await sessions.EndAsync(session, http.RequestAborted);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.Redirect("/staff/sign-in");
        });
        return app;
    }

    /// <summary>A body that cannot be read as a form (a multipart without its boundary, say) carries no token either: a 400, not a 500.</summary>
    private static async Task<bool> HasValidTokenAsync(IAntiforgery antiforgery, HttpContext http)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
