namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// Baseline C's 80 % range: how far its own walk missed on the clinic's past days. Each of the
/// latest <see cref="ReplayedDays"/> past days is replayed through a walk learned from all the
/// other past days (leave one day out, so a day never predicts itself), and at every arrival the
/// walk's wait for that patient is kept beside the wait they really had. ClinicHistory keeps no
/// predictions to take residuals from, and the walk is cheap (one pass per arrival, no Monte
/// Carlo), so replaying is both the honest and the cheap way; ten days give thousands of misses
/// on a busy clinic, and replaying more doubled the benchmark's cost for C without need. A new prediction's range is the 10th to 90th percentile of the misses of the
/// <see cref="Neighbours"/> past predictions nearest it in minutes: a short wait gets a short
/// miss, a long one a long one. Patients who gave up are left out: their wait had they stayed is
/// unknown on a real day. Until <see cref="Enough"/> misses are known, the range is ±50 % as A's.
/// </summary>
public sealed class WalkResiduals
{
    public const int Neighbours = 40;
    public const int Enough = 20;
    public const int ReplayedDays = 10;

    private readonly (double Predicted, double Miss)[] _misses;

    public WalkResiduals(IEnumerable<(double Predicted, double Actual)> seen)
    {
        _misses = [.. seen.Select(s => (s.Predicted, s.Actual - s.Predicted)).OrderBy(s => s.Predicted)];
    }

    public static WalkResiduals None { get; } = new([]);

    public int Count => _misses.Length;

    /// <summary>Each of the latest past days predicted by a walk learned from the others, at every arrival.</summary>
    public static WalkResiduals Learn(IReadOnlyList<WaitingRoomDay> past)
    {
        var seen = new List<(double, double)>();
        for (var d = Math.Max(0, past.Count - ReplayedDays); d < past.Count; d++)
        {
            var others = past.Where((_, i) => i != d).ToList();
            var walk = new QueueWalk(new FixedHistory(ClinicHistory.Learn(others)), None);
            var day = past[d];
            foreach (var arrived in day.Visits.Where(v => v.ArrivedAt is not null).GroupBy(v => v.ArrivedAt!.Value))
            {
                var called = arrived.Where(v => v.CalledAt is not null).ToDictionary(v => v.Id, v => (v.CalledAt!.Value - arrived.Key).TotalMinutes);
                seen.AddRange(walk.Walk(day, arrived.Key).Where(c => called.ContainsKey(c.Visit)).Select(c => (c.Minutes, called[c.Visit])));
            }
        }

        return new WalkResiduals(seen);
    }

    /// <summary>The 80 % range around a predicted wait, in whole minutes.</summary>
    public (int Low, int High) Range(double predicted)
    {
        if (_misses.Length < Enough)
        {
            return ((int)Math.Floor(predicted * 0.5), (int)Math.Ceiling(predicted * 1.5) + 1);
        }

        var near = Nearest(predicted).Select(i => _misses[i].Miss).Order().ToArray();
        var low = Math.Max(0, (int)Math.Round(predicted + Distributions.Quantile(near, 0.1)));
        var high = Math.Max(0, (int)Math.Round(predicted + Distributions.Quantile(near, 0.9)));
        return (low, high);
    }

    /// <summary>Indices of the <see cref="Neighbours"/> past predictions closest to <paramref name="predicted"/>.</summary>
    private IEnumerable<int> Nearest(double predicted)
    {
        var right = Array.BinarySearch(_misses, (predicted, double.MinValue), Comparer<(double Predicted, double Miss)>.Create((a, b) => a.Predicted.CompareTo(b.Predicted)));
        right = right >= 0 ? right : ~right;
        var left = right - 1;
        for (var taken = 0; taken < Neighbours && (left >= 0 || right < _misses.Length); taken++)
        {
            var goLeft = right >= _misses.Length || (left >= 0 && predicted - _misses[left].Predicted <= _misses[right].Predicted - predicted);
            yield return goLeft ? left-- : right++;
        }
    }
}
