using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>
/// A range a patient was told, against the wait that followed: from when it was told until they
/// were called. <see cref="Told"/> is "check-in" for the promise made at check-in (the one
/// reception's board measures against) and "update" for each range shown after it.
/// <see cref="WithinRange"/> and <see cref="MinutesOff"/> are empty for a patient never called.
/// </summary>
public sealed record EstimateLine(
    DateOnly Day,
    string TicketCode,
    string ProviderId,
    string? ProviderName,
    string Told,
    DateTimeOffset ToldAt,
    int LowMinutes,
    int LikelyMinutes,
    int HighMinutes,
    double? MinutesWaitedFromThen,
    bool? WithinRange,
    double? MinutesOff)
{
    public const string AtCheckIn = "check-in";
    public const string Update = "update";

    /// <summary>
    /// The day's estimates, by visit and time told. The range recorded as shown at the moment of
    /// check-in with the promise's numbers is that same promise, and is not repeated.
    /// </summary>
    public static IEnumerable<EstimateLine> For(WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> promised, IEnumerable<ShownEstimate> shown)
    {
        var byVisit = shown.ToLookup(s => s.VisitId);
        foreach (var visit in room.Visits.OrderBy(v => v.ArrivedAt ?? DateTimeOffset.MaxValue).ThenBy(v => v.Ticket.Code, StringComparer.Ordinal))
        {
            var promise = promised.GetValueOrDefault(visit.Id);
            if (promise is not null && visit.ArrivedAt is { } arrived)
            {
                yield return Line(room, visit, AtCheckIn, arrived, promise);
            }

            foreach (var s in byVisit[visit.Id].OrderBy(s => s.At))
            {
                if (promise is null || s.At != visit.ArrivedAt || !SameNumbers(s.Estimate, promise))
                {
                    yield return Line(room, visit, Update, s.At, s.Estimate);
                }
            }
        }
    }

    /// <summary>
    /// How far outside the range the wait fell, in minutes: 0 inside it (ends included), positive
    /// when the patient waited longer than the high end, negative when called before the low end.
    /// </summary>
    public static double? Off(WaitEstimate told, TimeSpan? waited)
    {
        if (waited is not { } w)
        {
            return null;
        }

        var minutes = w.TotalMinutes;
        return told.Covers(minutes) ? 0 : ExportMinutes.Round(minutes - (minutes > told.HighMinutes ? told.HighMinutes : told.LowMinutes));
    }

    private static EstimateLine Line(WaitingRoomDay room, Visit visit, string told, DateTimeOffset at, WaitEstimate estimate)
    {
        var waited = visit.CalledAt - at;
        return new EstimateLine(
            room.Day,
            visit.Ticket.Code,
            visit.ProviderId,
            ExportNames.Provider(room.Clinic, visit.ProviderId),
            told,
            room.Clinic.LocalTime(at),
            estimate.LowMinutes,
            estimate.LikelyMinutes,
            estimate.HighMinutes,
            ExportMinutes.Of(waited),
            waited is { } w ? estimate.Covers(w.TotalMinutes) : null,
            Off(estimate, waited));
    }

    private static bool SameNumbers(WaitEstimate a, WaitEstimate b) =>
        (a.LowMinutes, a.LikelyMinutes, a.HighMinutes) == (b.LowMinutes, b.LikelyMinutes, b.HighMinutes);
}
