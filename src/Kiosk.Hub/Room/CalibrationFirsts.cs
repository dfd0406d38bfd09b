using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Estimates;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Room;

/// <summary>
/// The calibrator's memory of the day, in the database: the first range the forecast gave each
/// patient. A restarted hub (or another node) recalls them instead of forecasting the room again
/// at every arrival of the day, which took most of a minute on a busy afternoon. Ranges seen since
/// the last look are written before each read or change; any lost to a crash are simply worked
/// out again on the next catch-up (the forecast gives the same answer for the same moment).
/// </summary>
public sealed class CalibrationFirsts(IServiceScopeFactory scopes, CalibratedEstimates calibrator)
{
    /// <summary>
    /// Before the day's first estimate: what was kept for <paramref name="day"/>, and once a day
    /// the latest earlier day's first ranges beside the waits those patients had, so the morning's
    /// first ranges are calibrated on it (see <see cref="CalibratedEstimates.Prime"/>).
    /// </summary>
    public async Task RecallAsync(DateOnly day, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var rows = await db.FirstForecasts.AsNoTracking().Where(f => f.Day == day).ToListAsync(ct);
        calibrator.Recall(day, Ranges(rows));
        if (calibrator.PrimedFor == day)
        {
            return;
        }

        var latest = await db.FirstForecasts.AsNoTracking().Where(f => f.Day < day).MaxAsync(f => (DateOnly?)f.Day, ct);
        if (latest is not { } past)
        {
            calibrator.Prime(day, []);
            return;
        }

        var firsts = await db.FirstForecasts.AsNoTracking().Where(f => f.Day == past).ToListAsync(ct);
        var room = await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LoadDayAsync(past, ct);
        calibrator.Prime(day, CalibratedEstimates.Scored(room, Ranges(firsts)));
    }

    private static Dictionary<Guid, WaitEstimate> Ranges(IEnumerable<FirstForecastRow> rows) =>
        rows.ToDictionary(r => r.VisitId, r => new WaitEstimate(r.Low, r.Likely, r.High, ""));

    public async Task KeepNewAsync(CancellationToken ct)
    {
        var seen = calibrator.TakeNew();
        if (seen.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var ids = seen.Select(s => s.Visit).ToList();
        var kept = (await db.FirstForecasts.AsNoTracking().Where(f => ids.Contains(f.VisitId)).Select(f => f.VisitId).ToListAsync(ct)).ToHashSet();
        foreach (var (day, visit, first) in seen.Where(s => kept.Add(s.Visit)))
        {
            db.FirstForecasts.Add(new FirstForecastRow { VisitId = visit, Day = day, Low = first.LowMinutes, Likely = first.LikelyMinutes, High = first.HighMinutes });
        }

        await db.SaveChangesAsync(ct);
    }
}
