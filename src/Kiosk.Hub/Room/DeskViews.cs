using Kiosk.Hub.Persistence;
using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Desk;

namespace Kiosk.Hub.Room;

/// <summary>The desk's records as the wire shows them: when to nudge, the alerts still open, care needs, ratings, and today's figures.</summary>
public static class DeskViews
{
    /// <summary>The row with its nudge, by the domain's rule (<see cref="Nudge"/>), and who spoke to the patient last.</summary>
    public static BoardRow WithNudge(BoardRow row, WaitingRoomDay room)
    {
        var visit = room.VisitById(row.VisitId)!;
        return row with
        {
            SpokenTo = room.Desk.SpokenTo(visit.Id) is { } s ? new SpokenTo(s.By, s.At) : null,
            NudgeAt = room.NudgeAt(visit, row.Promised?.HighMinutes),
        };
    }

    public static IReadOnlyList<UrgentAlert> OpenAlerts(WaitingRoomDay room) =>
        [.. room.Desk.Alerts.Where(a => a.IsOpen && room.VisitById(a.VisitId) is not null).Select(a => View(room, a))];

    public static UrgentAlert View(WaitingRoomDay room, DeskAlert a)
    {
        var visit = room.VisitById(a.VisitId);
        return new UrgentAlert(a.Id, a.VisitId, visit?.Ticket.Code ?? "?", visit?.Patient.DisplayName ?? "", Kind(a.Kind), a.RaisedAt, a.GoingBy, a.GoingAt);
    }

    /// <summary>What the patient's phone shows: their latest "I need help now", answered or not.</summary>
    public static HelpState? Help(WaitingRoomDay room, Guid visitId) => room.Desk.LatestHelp(visitId) switch
    {
        null => null,
        { IsOpen: true } => HelpState.Asked,
        { IsWithdrawn: true } => HelpState.Withdrawn,
        _ => HelpState.Coming,
    };

    public static VisitRating? Rating(WaitingRoomDay room, Guid visitId) =>
        room.Desk.Ratings.TryGetValue(visitId, out var r) ? (VisitRating)(int)r.Rating : null;

    public static PatientRating Rating(VisitRating rating) => (PatientRating)(int)rating;

    public static RatingsToday Ratings(WaitingRoomDay room)
    {
        var given = room.Desk.Ratings.Values.Select(r => r.Rating).ToList();
        return new(given.Count(r => r == PatientRating.Good), given.Count(r => r == PatientRating.Okay), given.Count(r => r == PatientRating.NotGood));
    }

    public static CareNotes? Care(WaitingRoomDay room, Guid visitId) =>
        room.Desk.Care.TryGetValue(visitId, out var c) ? new CareNotes(c.Needles, c.InterpreterLanguage, c.Mobility, c.TalkPrivately, c.FeelingWorse, c.Other) : null;

    /// <summary>What the kiosk sent, as the domain keeps it.</summary>
    public static CareNeeds? Care(CareNotes? care) =>
        care is null ? null : new CareNeeds(care.Needles, care.InterpreterLanguage, care.Mobility, care.TalkPrivately, care.FeelingWorse, care.Other);

    public static TodayFigures Today(WaitingRoomDay room, EstimateAccuracy? accuracy)
    {
        var waits = room.Visits
            .Where(v => v.Waited is not null)
            .Select(v => v.Waited!.Value.TotalMinutes)
            .Order()
            .ToList();
        double? median = waits.Count == 0 ? null
            : waits.Count % 2 == 1 ? waits[waits.Count / 2]
            : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2;
        return new TodayFigures(room.Visits.Count(v => v.ArrivedAt is not null), waits.Count, median, accuracy) with { Ratings = Ratings(room) };
    }

    private static AlertKind Kind(DeskAlertKind kind) => kind switch
    {
        DeskAlertKind.HelpNow => AlertKind.HelpNow,
        DeskAlertKind.FeelingWorse => AlertKind.FeelingWorse,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
