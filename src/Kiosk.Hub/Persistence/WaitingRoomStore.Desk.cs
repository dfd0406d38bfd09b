using Kiosk.Contracts;
using Kiosk.Hub.Live;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>What the desk did about people who waited too long or needed help.</summary>
public sealed partial class WaitingRoomStore
{
    public async Task<DeskNotes> DeskNotesForDayAsync(DateOnly day, CancellationToken ct = default)
    {
        var spoken = (await db.SpokenTo.AsNoTracking().Where(s => s.Day == day).ToListAsync(ct))
            .GroupBy(s => s.VisitId)
            .Select(g => g.OrderBy(s => s.Id).Last())
            .ToDictionary(s => s.VisitId, s => new SpokenToNote(new SpokenTo(s.By, s.At), s.NextPromiseBy));
        var alerts = (await db.UrgentAlerts.AsNoTracking().Where(a => a.Day == day).ToListAsync(ct))
            .OrderBy(a => a.RaisedAt)
            .Select(ToNote)
            .ToList();
        var ratings = await db.VisitRatings.AsNoTracking().Where(r => r.Day == day).ToDictionaryAsync(r => r.VisitId, r => (VisitRating)r.Rating, ct);
        return new DeskNotes(spoken, alerts) { Ratings = ratings };
    }

    /// <summary>The patient's answer, replacing any earlier one for the visit.</summary>
    public async Task RateAsync(Guid visitId, DateOnly day, VisitRating rating, DateTimeOffset at, CancellationToken ct = default)
    {
        if (await db.VisitRatings.FirstOrDefaultAsync(r => r.VisitId == visitId, ct) is { } row)
        {
            row.Rating = (int)rating;
            row.At = at;
        }
        else
        {
            db.VisitRatings.Add(new VisitRatingRow { VisitId = visitId, Day = day, Rating = (int)rating, At = at });
        }
    }

    public void AddSpokenTo(Guid visitId, DateOnly day, SpokenTo spoken, DateTimeOffset nextPromiseBy) =>
        db.SpokenTo.Add(new SpokenToRow { VisitId = visitId, Day = day, By = spoken.By, At = spoken.At, NextPromiseBy = nextPromiseBy });

    public AlertNote AddAlert(Guid visitId, DateOnly day, AlertKind kind, string by, DateTimeOffset at)
    {
        var row = new UrgentAlertRow { Id = Guid.NewGuid(), VisitId = visitId, Day = day, Kind = kind.ToString(), RaisedBy = by, RaisedAt = at };
        db.UrgentAlerts.Add(row);
        return ToNote(row);
    }

    /// <summary>The visit's "I need help now" that nobody has answered yet, if any.</summary>
    public async Task<AlertNote?> OpenHelpAlertAsync(Guid visitId, CancellationToken ct = default)
    {
        var kind = nameof(AlertKind.HelpNow);
        var row = await db.UrgentAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.VisitId == visitId && a.Kind == kind && a.GoingBy == null, ct);
        return row is null ? null : ToNote(row);
    }

    /// <summary>"I'm going": the first to say it is recorded (Took); after that the alert stays as it is.</summary>
    public async Task<(AlertNote Alert, bool Took)?> GoingAsync(Guid alertId, string by, DateTimeOffset at, CancellationToken ct = default)
    {
        if (await db.UrgentAlerts.FirstOrDefaultAsync(a => a.Id == alertId, ct) is not { } row)
        {
            return null;
        }

        var took = row.GoingBy is null;
        if (took)
        {
            row.GoingBy = by;
            row.GoingAt = at;
        }

        return (ToNote(row), took);
    }

    public void AddNotNow(DateOnly day, string providerId, int minutes, string by, DateTimeOffset at, DateTimeOffset until) =>
        db.DelayNotNow.Add(new DelayNotNowRow { Day = day, ProviderId = providerId, Minutes = minutes, By = by, At = at, Until = until });

    /// <summary>Each provider's latest "Not now" today.</summary>
    public async Task<IReadOnlyDictionary<string, NotNowNote>> NotNowForDayAsync(DateOnly day, CancellationToken ct = default) =>
        (await db.DelayNotNow.AsNoTracking().Where(n => n.Day == day).ToListAsync(ct))
            .GroupBy(n => n.ProviderId)
            .Select(g => g.OrderBy(n => n.Id).Last())
            .ToDictionary(n => n.ProviderId, n => new NotNowNote(n.Until, n.Minutes));

    private static AlertNote ToNote(UrgentAlertRow a) =>
        new(a.Id, a.VisitId, a.Day, Enum.Parse<AlertKind>(a.Kind), a.RaisedAt, a.GoingBy, a.GoingAt);
}
