using Kiosk.App.Hub;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Health;

public static class ScreenHealthEndpoints
{
    /// <summary>
    /// POST /screen/alive from the kiosk page's script; GET /healthz/screen for the box's watchdog: 200 with how long
    /// ago the page spoke, or 503 saying why the screen looks dead. Loopback only in practice (the kiosk listens there).
    /// </summary>
    public static void MapScreenHealth(this WebApplication app)
    {
        // The page's beacon carries no form and no cookie worth checking: antiforgery has nothing to guard here.
        app.MapPost("/screen/alive", (ScreenHeartbeat screen) =>
        {
            screen.Heard();
            return Results.NoContent();
        }).DisableAntiforgery();

        app.MapGet("/healthz/screen", (ScreenHeartbeat screen, IOptionsMonitor<KioskOptions> options) =>
            screen.Check(options.CurrentValue.ScreenStaleAfter) switch
            {
                ScreenState.Alive alive => Results.Ok(new { lastSeenSecondsAgo = (int)alive.SeenAgo.TotalSeconds }),
                ScreenState.Stale stale => Results.Text(stale.Reason, statusCode: StatusCodes.Status503ServiceUnavailable),
                _ => throw new InvalidOperationException("A screen is either alive or stale."),
            });
    }
}
