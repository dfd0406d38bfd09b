using Kiosk.Hub.Persistence;
using System.Text.Json;
using Kiosk.WaitingRoom.Desk;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Room;

/// <summary>The desk's records of a day (alerts, care needs, ratings, spoken to, not now, late check-ins from kiosks' outboxes): read with the day, written with its change.</summary>
public sealed partial class WaitingRoomStore
{
    private async Task<DeskRecords> LoadDeskAsync(DateOnly day, CancellationToken ct)
    {
        var alerts = (await db.UrgentAlerts.AsNoTracking().Where(a => a.Day == day).ToListAsync(ct))
            .Select(a => new DeskAlert(a.Id, a.VisitId, Enum.Parse<DeskAlertKind>(a.Kind), a.RaisedBy, a.RaisedAt, a.GoingBy, a.GoingAt, a.WithdrawnAt));
        var care = (await db.Visits.AsNoTracking().Where(v => v.Day == day && v.CareNotes != null).Select(v => new { v.Id, v.CareNotes }).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => StoredCareNotes.Read(v.CareNotes!));
        var ratings = (await db.VisitRatings.AsNoTracking().Where(r => r.Day == day).ToListAsync(ct))
            .Select(r => new VisitRated(r.VisitId, (PatientRating)r.Rating, r.At));
        var spoken = (await db.SpokenTo.AsNoTracking().Where(s => s.Day == day).OrderBy(s => s.Id).ToListAsync(ct))
            .Select(s => new SpokenToPatient(s.VisitId, s.By, s.At, s.NextPromiseBy));
        var notNow = (await db.DelayNotNow.AsNoTracking().Where(n => n.Day == day).OrderBy(n => n.Id).ToListAsync(ct))
            .Select(n => new DelayNotNow(n.ProviderId, n.Minutes, n.By, n.At, n.Until));
        var offline = (await db.OfflineCheckIns.AsNoTracking().Where(o => o.Day == day).ToListAsync(ct))
            .Select(o => new OfflineCheckIn(o.Id, o.Key, o.Kiosk, Enum.Parse<OfflineOutcome>(o.Outcome), o.CheckedInAt, o.ReceivedAt, o.VisitId, o.Token, o.Who, o.Reason, o.SeenBy, o.SeenAt));
        return new DeskRecords(alerts, care, ratings, spoken, notNow, offline);
    }

    /// <summary>The desk's side of one change; care needs go with their new visit (see <see cref="AddVisit"/>).</summary>
    private async Task AddDeskAsync(DateOnly day, DeskChanges desk, CancellationToken ct)
    {
        db.UrgentAlerts.AddRange(desk.NewAlerts.Select(a => new UrgentAlertRow
        {
            Id = a.Id, VisitId = a.VisitId, Day = day, Kind = a.Kind.ToString(), RaisedBy = a.RaisedBy, RaisedAt = a.RaisedAt, GoingBy = a.GoingBy, GoingAt = a.GoingAt, WithdrawnAt = a.WithdrawnAt,
        }));
        foreach (var answered in desk.AnsweredAlerts)
        {
            var row = await db.UrgentAlerts.FirstAsync(a => a.Id == answered.Id, ct);
            row.GoingBy = answered.GoingBy;
            row.GoingAt = answered.GoingAt;
            row.WithdrawnAt = answered.WithdrawnAt;
        }

        foreach (var rated in desk.Ratings)
        {
            var row = await db.VisitRatings.FirstOrDefaultAsync(r => r.VisitId == rated.VisitId, ct);
            if (row is null)
            {
                db.VisitRatings.Add(new VisitRatingRow { VisitId = rated.VisitId, Day = day, Rating = (int)rated.Rating, At = rated.At });
            }
            else
            {
                row.Rating = (int)rated.Rating;
                row.At = rated.At;
            }
        }

        db.OfflineCheckIns.AddRange(desk.NewOffline.Select(o => new OfflineCheckInRow
        {
            Id = o.Id, Day = day, Key = o.Key, Kiosk = o.Kiosk, Outcome = o.Outcome.ToString(), CheckedInAt = o.CheckedInAt, ReceivedAt = o.ReceivedAt,
            VisitId = o.VisitId, Token = o.Token, Who = o.Who, Reason = o.Reason, SeenBy = o.SeenBy, SeenAt = o.SeenAt,
        }));
        foreach (var seen in desk.SeenOffline)
        {
            var row = await db.OfflineCheckIns.FirstAsync(o => o.Id == seen.Id, ct);
            row.SeenBy = seen.SeenBy;
            row.SeenAt = seen.SeenAt;
        }

        db.SpokenTo.AddRange(desk.SpokenTo.Select(s => new SpokenToRow { VisitId = s.VisitId, Day = day, By = s.By, At = s.At, NextPromiseBy = s.NextPromiseBy }));
        db.DelayNotNow.AddRange(desk.NotNow.Select(n => new DelayNotNowRow { Day = day, ProviderId = n.ProviderId, Minutes = n.Minutes, By = n.By, At = n.At, Until = n.Until }));
    }
}

/// <summary>
/// Care needs as stored in a visit's CareNotes column: JSON with these property names, which
/// every earlier version wrote. Kept here so that renaming the domain's record never breaks stored rows.
/// </summary>
internal sealed record StoredCareNotes(bool Needles, string? InterpreterLanguage, bool Mobility, bool TalkPrivately, bool FeelingWorse, string? Other)
{
    public static string Write(CareNeeds care) =>
        JsonSerializer.Serialize(new StoredCareNotes(care.Needles, care.InterpreterLanguage, care.Mobility, care.TalkPrivately, care.FeelingWorse, care.Other));

    public static CareNeeds Read(string json) =>
        JsonSerializer.Deserialize<StoredCareNotes>(json) is { } s
            ? new CareNeeds(s.Needles, s.InterpreterLanguage, s.Mobility, s.TalkPrivately, s.FeelingWorse, s.Other)
            : new CareNeeds();
}
