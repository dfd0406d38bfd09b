using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Keeps the range honest on the day. Every patient called today shows how their first range
/// did: how far below its low end, or above its high end, the real wait fell, measured in the
/// range's own width on that side. Once <see cref="MinimumScored"/> have been called, each side is
/// moved by the amount that would have kept nine in ten of today's waits on the right side of it
/// (split conformal calibration): a forecast whose low ends have been too high today gets lower
/// ones, and one that has been too cautious gets a tighter range. The likely wait is never
/// touched. Learns from the room as it was at each moment only, and starts afresh each day; one
/// started part-way through a day (after a restart) first catches up on the day so far, from the
/// first ranges kept outside the process (<see cref="Recall"/>, <see cref="TakeNew"/>) where it can.
/// Until today has scored <see cref="MinimumScored"/>, the latest past day's first ranges and the
/// waits they had (<see cref="Prime"/>) stand in, pooled with today's: the first patients of the
/// morning get ranges calibrated on yesterday rather than none.
/// </summary>
public sealed class CalibratedEstimates(IWaitEstimator inner) : IWaitEstimator
{
    public const int MinimumScored = 30;

    /// <summary>The share of waits each end of the range should leave outside it.</summary>
    private const double Outside = 0.1;

    private readonly Dictionary<Guid, WaitEstimate> _first = [];
    private readonly HashSet<Guid> _done = [];
    private readonly List<double> _belowLow = [];
    private readonly List<double> _aboveHigh = [];
    private readonly List<(DateOnly Day, Guid Visit, WaitEstimate First)> _new = [];
    private readonly List<double> _pastBelowLow = [];
    private readonly List<double> _pastAboveHigh = [];
    private readonly Lock _gate = new();
    private DateOnly? _day;
    private (DateOnly Day, IReadOnlyDictionary<Guid, WaitEstimate> Firsts)? _recalled;

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var fresh = inner.Estimate(room, now);
        var view = room.AsOf(now);
        lock (_gate)
        {
            if (_day != view.Day)
            {
                _day = view.Day;
                _first.Clear();
                _done.Clear();
                _belowLow.Clear();
                _aboveHigh.Clear();
                CatchUp(room, view, now);
            }

            Score(view);
            foreach (var (visit, estimate) in fresh.Where(e => !_done.Contains(e.Key)))
            {
                First(view.Day, visit, estimate);
            }

            var (below, above) = _belowLow.Count >= MinimumScored || _pastBelowLow.Count < MinimumScored
                ? (_belowLow, _aboveHigh)
                : ([.. _pastBelowLow, .. _belowLow], [.. _pastAboveHigh, .. _aboveHigh]);
            if (below.Count < MinimumScored)
            {
                return fresh;
            }

            var low = Conformal(below);
            var high = Conformal(above);
            return fresh.ToDictionary(e => e.Key, e => Moved(e.Value, low, high));
        }
    }

    /// <summary>
    /// First ranges kept from earlier (by this process before a restart, or by another): the
    /// catch-up on <paramref name="day"/> takes them instead of working them out again. Call before
    /// the day's first estimate.
    /// </summary>
    public void Recall(DateOnly day, IReadOnlyDictionary<Guid, WaitEstimate> firsts)
    {
        lock (_gate)
        {
            _recalled = (day, firsts);
        }
    }

    /// <summary>The day the past scores of <see cref="Prime"/> were given for; null before any.</summary>
    public DateOnly? PrimedFor { get; private set; }

    /// <summary>
    /// A past day's first ranges (before calibration) beside the waits those patients had, to
    /// calibrate with on <paramref name="day"/> until it has scored enough of its own. Replaces any
    /// given before.
    /// </summary>
    public void Prime(DateOnly day, IEnumerable<(WaitEstimate Told, double Waited)> past)
    {
        lock (_gate)
        {
            PrimedFor = day;
            _pastBelowLow.Clear();
            _pastAboveHigh.Clear();
            foreach (var (told, waited) in past)
            {
                _pastBelowLow.Add(BelowLow(told, waited));
                _pastAboveHigh.Add(AboveHigh(told, waited));
            }
        }
    }

    /// <summary>The patients of a finished day who were called, with the first range each was told.</summary>
    public static IEnumerable<(WaitEstimate Told, double Waited)> Scored(WaitingRoomDay day, IReadOnlyDictionary<Guid, WaitEstimate> firsts) =>
        day.Visits
            .Where(v => v.Waited is not null && firsts.ContainsKey(v.Id))
            .Select(v => (firsts[v.Id], v.Waited!.Value.TotalMinutes));

    /// <summary>
    /// The first range <paramref name="inner"/> would have told each patient of a day, forecast
    /// at the moment they arrived (before <paramref name="until"/>): for a past day kept without
    /// its ranges, or today after a restart.
    /// </summary>
    public static Dictionary<Guid, WaitEstimate> FirstRanges(IWaitEstimator inner, WaitingRoomDay room, DateTimeOffset until) =>
        FirstRanges(inner, room, until == DateTimeOffset.MaxValue ? room : room.AsOf(until), until, new Dictionary<Guid, WaitEstimate>());

    /// <summary>
    /// The first range of everyone who arrived before <paramref name="until"/> and had not left by
    /// then (as <paramref name="view"/> shows them): from <paramref name="recalled"/> where everyone
    /// who arrived at that moment is in it, else forecast from the room as it was at that moment.
    /// </summary>
    private static Dictionary<Guid, WaitEstimate> FirstRanges(
        IWaitEstimator inner, WaitingRoomDay room, WaitingRoomDay view, DateTimeOffset until, IReadOnlyDictionary<Guid, WaitEstimate> recalled)
    {
        var firsts = new Dictionary<Guid, WaitEstimate>();
        var earlier = view.Visits
            .Where(v => v.ArrivedAt < until && v.State != VisitState.LeftWithoutBeingSeen)
            .GroupBy(v => v.ArrivedAt!.Value)
            .OrderBy(g => g.Key);
        foreach (var arrived in earlier)
        {
            var then = arrived.All(v => recalled.ContainsKey(v.Id)) ? recalled : inner.Estimate(room, arrived.Key);
            foreach (var visit in arrived.Where(v => then.ContainsKey(v.Id)))
            {
                firsts.TryAdd(visit.Id, then[visit.Id]);
            }
        }

        return firsts;
    }

    /// <summary>The first ranges seen since the last call, for the caller to keep where a restart cannot lose them.</summary>
    public IReadOnlyList<(DateOnly Day, Guid Visit, WaitEstimate First)> TakeNew()
    {
        lock (_gate)
        {
            var taken = _new.ToList();
            _new.Clear();
            return taken;
        }
    }

    /// <summary>
    /// Starting part-way through a day (the hub restarted): the first range of everyone who
    /// arrived earlier and did not leave is recalled, or worked out again from the room as it was
    /// when they arrived. The forecast gives the same answer for the same moment, so the day's
    /// calibration is the one it would have been. Costs one forecast per arrival not recalled, once.
    /// </summary>
    private void CatchUp(WaitingRoomDay room, WaitingRoomDay view, DateTimeOffset now)
    {
        var recalled = _recalled is { } r && r.Day == view.Day ? r.Firsts : new Dictionary<Guid, WaitEstimate>();
        _recalled = null;
        foreach (var (visit, first) in FirstRanges(inner, room, view, now, recalled))
        {
            if (recalled.ContainsKey(visit))
            {
                _first.TryAdd(visit, first); // kept already: nothing new to keep
            }
            else
            {
                First(view.Day, visit, first);
            }
        }
    }

    private void First(DateOnly day, Guid visit, WaitEstimate estimate)
    {
        if (_first.TryAdd(visit, estimate))
        {
            _new.Add((day, visit, estimate));
        }
    }

    /// <summary>Patients called since the last look, scored once against the first range they were told; those who left are forgotten.</summary>
    private void Score(WaitingRoomDay view)
    {
        foreach (var visit in view.Visits)
        {
            if (visit.IsWaiting || !_first.Remove(visit.Id, out var told))
            {
                continue;
            }

            _done.Add(visit.Id);
            if (visit.CalledAt is not { } called || visit.ArrivedAt is not { } arrived)
            {
                continue;
            }

            var waited = (called - arrived).TotalMinutes;
            _belowLow.Add(BelowLow(told, waited));
            _aboveHigh.Add(AboveHigh(told, waited));
        }
    }

    private static double BelowLow(WaitEstimate told, double waited) => (told.LowMinutes - waited) / LowSide(told);

    private static double AboveHigh(WaitEstimate told, double waited) => (waited - told.HighMinutes) / HighSide(told);

    /// <summary>The score that all but one in ten of today's stay within, with the finite-sample step up conformal prediction takes.</summary>
    private static double Conformal(List<double> scores)
    {
        var sorted = scores.Order().ToList();
        var rank = (int)Math.Ceiling((sorted.Count + 1) * (1 - Outside));
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static WaitEstimate Moved(WaitEstimate e, double low, double high)
    {
        var newLow = Math.Clamp((int)Math.Round(e.LowMinutes - (low * LowSide(e))), 0, e.LikelyMinutes);
        var newHigh = Math.Max(e.LikelyMinutes + 1, (int)Math.Round(e.HighMinutes + (high * HighSide(e))));
        return e with { LowMinutes = newLow, HighMinutes = newHigh };
    }

    private static double LowSide(WaitEstimate e) => Math.Max(1, e.LikelyMinutes - e.LowMinutes);

    private static double HighSide(WaitEstimate e) => Math.Max(1, e.HighMinutes - e.LikelyMinutes);
}
