using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

/// <summary>
/// The last estimate kept for each of the day's patients, and when: so a change records only what is
/// news to a patient. An estimate that reads as the last one counted down by the minutes since (the same
/// window on the clock, which is what a patient was promised) is not news; anything else is. Never changed:
/// <see cref="Next"/> gives the record after a change, which the hub keeps only once the change committed.
/// </summary>
public sealed class ShownSoFar
{
    public static readonly ShownSoFar None = new(default, new Dictionary<Guid, (WaitEstimate, DateTimeOffset)>());

    private readonly DateOnly _day;
    private readonly IReadOnlyDictionary<Guid, (WaitEstimate Told, DateTimeOffset At)> _last;

    private ShownSoFar(DateOnly day, IReadOnlyDictionary<Guid, (WaitEstimate Told, DateTimeOffset At)> last)
    {
        _day = day;
        _last = last;
    }

    /// <summary>The estimates to record for a change (<see cref="New"/>) as a set that has them too.</summary>
    public IReadOnlyList<(Guid VisitId, WaitEstimate Estimate)> New { get; private init; } = [];

    /// <summary>What the database kept for <paramref name="day"/>, as read back after a restart or another hub's change.</summary>
    public static ShownSoFar From(DateOnly day, IEnumerable<(Guid VisitId, WaitEstimate Told, DateTimeOffset At)> kept) =>
        new(day, kept.ToDictionary(k => k.VisitId, k => (k.Told, k.At)));

    public ShownSoFar Next(DateOnly day, DateTimeOffset now, IEnumerable<(Guid VisitId, WaitEstimate Estimate)> shown)
    {
        var last = day == _day ? _last : new Dictionary<Guid, (WaitEstimate, DateTimeOffset)>();
        var news = shown.Where(s => !(last.TryGetValue(s.VisitId, out var before) && CountsDown(before.Told, before.At, s.Estimate, now))).ToList();
        if (news.Count == 0 && day == _day)
        {
            return new ShownSoFar(_day, _last);
        }

        var after = new Dictionary<Guid, (WaitEstimate, DateTimeOffset)>(last);
        foreach (var (visit, estimate) in news)
        {
            after[visit] = (estimate, now);
        }

        return new ShownSoFar(day, after) { New = news };
    }

    /// <summary><paramref name="now"/>'s estimate is <paramref name="told"/> at <paramref name="at"/> with the whole minutes since taken off each end.</summary>
    public static bool CountsDown(WaitEstimate told, DateTimeOffset at, WaitEstimate estimate, DateTimeOffset now)
    {
        var then = told.CountedDown((int)Math.Floor((now - at).TotalMinutes));
        return (estimate.LowMinutes, estimate.LikelyMinutes, estimate.HighMinutes) == (then.LowMinutes, then.LikelyMinutes, then.HighMinutes);
    }
}
