using Kiosk.Contracts;
using Kiosk.WaitingRoom;

namespace Kiosk.Hub.Live;

/// <summary>The desk's parts of the board: when to nudge, the alerts still open, and today's figures.</summary>
public static class DeskViews
{
    /// <summary>"A few minutes" on the phone means up to five: after speaking to someone, the next nudge is at least that far off.</summary>
    public static readonly TimeSpan AFewMinutes = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Until the desk has spoken to them, the promise is the range told at check-in; after that,
    /// what they were being told when the desk spoke to them. (Not any range shown since: the
    /// phone renews a passed range at once, so following it would never nudge again.)
    /// </summary>
    public static BoardRow WithNudge(BoardRow row, SpokenToNote? spoken) => spoken is null
        ? row with { NudgeAt = row.Promised is { } p ? row.ArrivedAt.AddMinutes(p.HighMinutes) : null }
        : row with { SpokenTo = spoken.SpokenTo, NudgeAt = spoken.NextPromiseBy };

    /// <summary>When to nudge again after speaking to someone at <paramref name="at"/> while the high end they were shown was <paramref name="showingHighMinutes"/> minutes away.</summary>
    public static DateTimeOffset NextPromiseBy(DateTimeOffset at, int? showingHighMinutes)
    {
        var told = TimeSpan.FromMinutes(showingHighMinutes ?? 0);
        return at + (told > AFewMinutes ? told : AFewMinutes);
    }

    public static IReadOnlyList<UrgentAlert> OpenAlerts(WaitingRoomDay room, DeskNotes desk) =>
        [.. desk.Alerts
            .Where(a => a.GoingBy is null)
            .Select(a => (Alert: a, Visit: room.VisitById(a.VisitId)))
            .Where(x => x.Visit is not null)
            .Select(x => new UrgentAlert(x.Alert.Id, x.Alert.VisitId, x.Visit!.Ticket.Code, x.Visit.Patient.DisplayName, x.Alert.Kind, x.Alert.RaisedAt))];

    public static UrgentAlert View(WaitingRoomDay room, AlertNote a)
    {
        var visit = room.VisitById(a.VisitId);
        return new UrgentAlert(a.Id, a.VisitId, visit?.Ticket.Code ?? "?", visit?.Patient.DisplayName ?? "", a.Kind, a.RaisedAt, a.GoingBy, a.GoingAt);
    }

    public static TodayFigures Today(WaitingRoomDay room, EstimateAccuracy? accuracy)
    {
        var waits = room.Visits
            .Where(v => v.ArrivedAt is not null && v.CalledAt is not null)
            .Select(v => (v.CalledAt!.Value - v.ArrivedAt!.Value).TotalMinutes)
            .Order()
            .ToList();
        double? median = waits.Count == 0 ? null
            : waits.Count % 2 == 1 ? waits[waits.Count / 2]
            : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2;
        return new TodayFigures(room.Visits.Count(v => v.ArrivedAt is not null), waits.Count, median, accuracy);
    }
}
