using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kiosk.Hub.Auth;

public static class SignOutEndpoint
{
    public static IEndpointRouteBuilder MapStaffSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/staff/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/staff/sign-in");
        });
        return app;
    }
}
