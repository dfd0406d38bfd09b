using Kiosk.Hub.Room;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.History;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Hub.History;

/// <summary>
/// GET /api/history/export?days=N: the clinic's last N finished days without personal data, for
/// <c>./kiosk bench estimates --history FILE</c> to replay. Staff only.
/// </summary>
public static class HistoryEndpoints
{
    public const string ExportPath = "/api/history/export";
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapHistoryExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, ExportAsync).RequireAuthorization(p => p.RequireRole(Roles.Reception));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, BadRequest<string>>> ExportAsync(
        WaitingRoomStore store, ClinicProfile clinic, TimeProvider time, CancellationToken ct, string? days = null)
    {
        // Read here rather than bound as an int: "lots" gets the same sentence as 400, not the framework's bare 400.
        var count = 28;
        if (days is not null && (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxDays))
        {
            return TypedResults.BadRequest($"days must be a whole number from 1 to {MaxDays}.");
        }

        var today = clinic.Today(time);
        var rooms = new List<WaitingRoom.WaitingRoomDay>();
        foreach (var day in await store.PastDaysAsync(today, count, ct))
        {
            rooms.Add(await store.LoadDayAsync(day, ct));
        }

        var export = HistoryExport.Of(clinic, rooms);
        var name = $"history-{clinic.Id}-{today:yyyy-MM-dd}.json";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(export.ToJson()), "application/json", name);
    }
}
