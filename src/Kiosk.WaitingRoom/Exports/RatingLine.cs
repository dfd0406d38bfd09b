using Kiosk.WaitingRoom.Desk;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>A patient's one tap on "How was your visit today?" (the latest, if they changed it): never a name.</summary>
public sealed record RatingLine(DateOnly Day, string TicketCode, string ProviderId, string? ProviderName, string Rating, int Score, DateTimeOffset At)
{
    public static IEnumerable<RatingLine> For(WaitingRoomDay room) =>
        room.Desk.Ratings.Values
            .Select(r => (Rated: r, Visit: room.VisitById(r.VisitId)))
            .Where(r => r.Visit is not null)
            .OrderBy(r => r.Rated.At)
            .Select(r => new RatingLine(
                room.Day,
                r.Visit!.Ticket.Code,
                r.Visit.ProviderId,
                ExportNames.Provider(room.Clinic, r.Visit.ProviderId),
                Name(r.Rated.Rating),
                (int)r.Rated.Rating,
                room.Clinic.LocalTime(r.Rated.At)));

    public static string Name(PatientRating rating) => rating switch
    {
        PatientRating.Good => "good",
        PatientRating.Okay => "okay",
        PatientRating.NotGood => "not-good",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
