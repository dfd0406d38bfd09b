namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// How long people wait before giving up, learned Kaplan–Meier style: those who left say when;
/// those who were called (or are still waiting) say only that they lasted at least that long.
/// Counting only the leavers would make a long queue look more patient than it is.
/// </summary>
internal sealed class Patience
{
    private readonly double[] _times;
    private readonly double[] _survival;

    private Patience(double[] times, double[] survival)
    {
        _times = times;
        _survival = survival;
    }

    public static Patience Learn(IReadOnlyList<double> leftAfter, IReadOnlyList<double> stayedFor)
    {
        var observed = leftAfter.Select(t => (Minutes: t, Left: true))
            .Concat(stayedFor.Select(t => (Minutes: t, Left: false)))
            .OrderBy(o => o.Minutes)
            .ToArray();
        var times = new List<double>();
        var survival = new List<double>();
        var atRisk = observed.Length;
        var s = 1.0;
        for (var i = 0; i < observed.Length;)
        {
            var t = observed[i].Minutes;
            int left = 0, all = 0;
            for (; i < observed.Length && observed[i].Minutes == t; i++, all++)
            {
                left += observed[i].Left ? 1 : 0;
            }

            if (left > 0)
            {
                s *= 1 - (left / (double)atRisk);
                times.Add(t);
                survival.Add(s);
            }

            atRisk -= all;
        }

        return new Patience([.. times], [.. survival]);
    }

    /// <summary>The chance someone who has waited <paramref name="waited"/> minutes is still here <paramref name="more"/> minutes later.</summary>
    public double StillHere(double waited, double more)
    {
        var now = Survival(waited);
        return now <= 0 ? 0 : Survival(waited + Math.Max(0, more)) / now;
    }

    private double Survival(double minutes)
    {
        var at = Array.BinarySearch(_times, minutes);
        at = at >= 0 ? at + 1 : ~at;
        return at == 0 ? 1.0 : _survival[at - 1];
    }

    /// <summary>For someone who has already waited <paramref name="waited"/> minutes.</summary>
    public Leaving After(double waited)
    {
        var from = Array.BinarySearch(_times, waited);
        from = from >= 0 ? from + 1 : ~from;
        var stillHere = from == 0 ? 1.0 : _survival[from - 1];
        return from >= _times.Length || stillHere <= 0 ? Leaving.Never : new Leaving(_times, _survival, from, stillHere, waited);
    }
}

/// <summary>When a waiting patient would give up, in minutes from now; infinity if they would not.</summary>
internal sealed class Leaving
{
    private readonly double[] _times;
    private readonly double[] _survival;
    private readonly int _from;
    private readonly double _stillHere;
    private readonly double _waited;

    public Leaving(double[] times, double[] survival, int from, double stillHere, double waited)
    {
        _times = times;
        _survival = survival;
        _from = from;
        _stillHere = stillHere;
        _waited = waited;
    }

    public static Leaving Never { get; } = new([], [], 0, 1, 0);

    public double Draw(Random random)
    {
        if (_times.Length == 0)
        {
            return double.PositiveInfinity;
        }

        // Inverse transform on the survival curve from here on: the first time it falls to the drawn level.
        var level = _stillHere * (1 - random.NextDouble());
        int lo = _from, hi = _times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_survival[mid] <= level)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo == _times.Length ? double.PositiveInfinity : _times[lo] - _waited;
    }
}
