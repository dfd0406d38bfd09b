using Kiosk.Hub.Live;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Phone;

/// <summary>/t/{token}: the page a patient's phone opens from the QR code. No app, no login.</summary>
public static class PhonePage
{
    public static IEndpointRouteBuilder MapPhonePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/t/{token}", async (string token, WaitingRoomService room, IWebHostEnvironment env, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var known = HubInput.LooksLikeToken(token) && await room.TicketAsync(token, http.RequestAborted) is not null;
            var page = env.WebRootFileProvider.GetFileInfo(known ? "phone/index.html" : "phone/expired.html");
            using var reader = new StreamReader(page.CreateReadStream());
            return Results.Content(await reader.ReadToEndAsync(http.RequestAborted), "text/html", System.Text.Encoding.UTF8, known ? 200 : 404);
        }).AllowAnonymous();
        return app;
    }
}
