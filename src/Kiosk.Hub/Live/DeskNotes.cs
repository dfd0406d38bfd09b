using Kiosk.Contracts;

namespace Kiosk.Hub.Live;

/// <summary>
/// The desk's record for a day: who was spoken to after waiting too long, every urgent alert, and
/// what patients said of their visit.
/// </summary>
public sealed record DeskNotes(IReadOnlyDictionary<Guid, SpokenToNote> Spoken, IReadOnlyList<AlertNote> Alerts)
{
    public static readonly DeskNotes None = new(new Dictionary<Guid, SpokenToNote>(), []);

    /// <summary>Each visit's latest answer to "How was your visit today?".</summary>
    public IReadOnlyDictionary<Guid, VisitRating> Ratings { get; init; } = new Dictionary<Guid, VisitRating>();

    public RatingsToday RatingsToday() => new(
        Ratings.Values.Count(r => r == VisitRating.Good),
        Ratings.Values.Count(r => r == VisitRating.Okay),
        Ratings.Values.Count(r => r == VisitRating.NotGood));

    /// <summary>What the patient's phone shows: their latest "I need help now", answered or not.</summary>
    public HelpState? HelpFor(Guid visitId) =>
        Alerts.LastOrDefault(a => a.VisitId == visitId && a.Kind == AlertKind.HelpNow) is { } help
            ? help.GoingBy is null ? HelpState.Asked : HelpState.Coming
            : null;
}

public sealed record SpokenToNote(SpokenTo SpokenTo, DateTimeOffset NextPromiseBy);

public sealed record AlertNote(Guid Id, Guid VisitId, DateOnly Day, AlertKind Kind, DateTimeOffset RaisedAt, string? GoingBy, DateTimeOffset? GoingAt);

/// <summary>A desk's "Not now" to a delay suggestion: hides it until <see cref="Until"/>, unless the provider falls 10 min further behind.</summary>
public sealed record NotNowNote(DateTimeOffset Until, int Minutes)
{
    public bool Hides(int minutes, DateTimeOffset now) => now < Until && minutes < Minutes + Kiosk.WaitingRoom.Estimates.InferredDelay.ThresholdMinutes;
}
