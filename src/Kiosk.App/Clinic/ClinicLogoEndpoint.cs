using Kiosk.App.Core.Hub;

namespace Kiosk.App.Clinic;

public static class ClinicLogoEndpoint
{
    /// <summary>
    /// The clinic's logo as the hub last sent it, at <see cref="Kiosk.Contracts.Clinic.ClinicLogo.Path"/>: the address
    /// changes with the picture, so the browser keeps it for good. An SVG may hold script: it is sent to be shown, never run.
    /// </summary>
    public static void MapClinicLogo(this WebApplication app) =>
        app.MapGet("/clinic/logo", (CurrentLook look, HttpContext http) =>
        {
            if (look.Value.Logo is not { } logo)
            {
                return Results.NotFound();
            }

            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(logo.Bytes, logo.ContentType);
        });
}
