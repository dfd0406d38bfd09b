using Kiosk.Contracts.Clinic;

namespace Kiosk.Hub.Clinic;

public static class ClinicLogoEndpoint
{
    /// <summary>
    /// The clinic's logo for reception, the TV and phones, at <see cref="ClinicLogo.Path"/>: public, like the sign on the
    /// door, and kept for good by browsers because a new picture gets a new address. An SVG is sent to be shown, never run.
    /// </summary>
    public static IEndpointRouteBuilder MapClinicLogo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/clinic/logo", (ClinicLook look, HttpContext http) =>
        {
            if (look.Logo is not { } logo)
            {
                return Results.NotFound();
            }

            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(logo.Bytes, logo.ContentType);
        }).AllowAnonymous();
        return app;
    }
}
