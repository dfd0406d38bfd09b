namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Keeps what a patient was told from creeping up in small steps. A promise is a window on the
/// clock ("called between 9:10 and 9:40"), so the minutes shown count down as time passes. It
/// stands while the fresh estimate agrees with it; it is replaced when the fresh likely time falls
/// more than five minutes after the window, or the whole fresh range does — once, with its
/// reason — and when the whole fresh range comes before the likely time promised. The reason shown
/// is always the fresh one: it describes the room as it is now. While the
/// provider is held up (<see cref="WaitEstimate.HeldUp"/>: not calling anyone, a long lunch, a long
/// visit) for longer than a promise allowed for, the promise stops counting down and stands — the
/// reason says why — for up to <see cref="HoldMinutes"/>; after that it is held to the fresh
/// estimate again. Wraps any estimator.
/// </summary>
public sealed class SteadyEstimates(IWaitEstimator inner) : IWaitEstimator
{
    /// <summary>How long a promise waits for a provider held up before it is measured against the fresh estimate again.</summary>
    public const int HoldMinutes = 60;

    private const int Tolerance = 5;
    private readonly Dictionary<Guid, Promise> _told = [];
    private readonly Lock _gate = new();

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var fresh = inner.Estimate(room, now);
        lock (_gate)
        {
            foreach (var gone in _told.Keys.Where(id => !fresh.ContainsKey(id)).ToList())
            {
                _told.Remove(gone);
            }

            var shown = new Dictionary<Guid, WaitEstimate>(fresh.Count);
            foreach (var (visit, estimate) in fresh)
            {
                if (!_told.TryGetValue(visit, out var promise))
                {
                    promise = new Promise(estimate, now);
                    _told[visit] = promise;
                }

                var holding = promise.WaitFor(estimate.HeldUp, now);
                if (!holding && Broken(estimate, promise.From(now)))
                {
                    // Rise once: the renewed latest time leaves room for the news to get a little worse again.
                    promise = new Promise(estimate with { HighMinutes = estimate.HighMinutes + ((estimate.HighMinutes - estimate.LikelyMinutes) / 2) }, now);
                    _told[visit] = promise;
                }
                else if (Sooner(estimate, promise.From(now)))
                {
                    // Good news moves the likely time forward, but the latest time said still stands.
                    promise = new Promise(estimate with { HighMinutes = Math.Max(estimate.HighMinutes, promise.From(now).HighMinutes) }, now);
                    _told[visit] = promise;
                }

                // The numbers are the promise; the words say how the room is now ("2 people are ahead of
                // you", not the 4 there were when it was made), and while the provider is held up, why.
                shown[visit] = promise.From(now) with { Reason = estimate.Reason, Parts = estimate.Parts, HeldUp = estimate.HeldUp };
            }

            return shown;
        }
    }

    /// <summary>
    /// What a patient was already told, recorded at <paramref name="at"/> (after a restart the
    /// hub reads it back), so the next estimate holds to it instead of starting afresh.
    /// </summary>
    public void Remember(Guid visit, WaitEstimate told, DateTimeOffset at)
    {
        lock (_gate)
        {
            _told[visit] = new Promise(told, at);
        }
    }

    /// <summary>The fresh likely wait is past the window by more than the tolerance, or all of its range is.</summary>
    private static bool Broken(WaitEstimate fresh, WaitEstimate promised) =>
        fresh.LikelyMinutes > promised.HighMinutes + Tolerance || fresh.LowMinutes > promised.HighMinutes;

    /// <summary>Good news the fresh estimate is sure of: even its high end comes before the likely time promised.</summary>
    private static bool Sooner(WaitEstimate fresh, WaitEstimate promised) => fresh.HighMinutes < promised.LikelyMinutes;

    /// <summary>An estimate made at a moment, read later as minutes from then, not counting the minutes it waited for a provider held up.</summary>
    private sealed class Promise(WaitEstimate told, DateTimeOffset at)
    {
        private double _waited;
        private DateTimeOffset _checked = at;

        /// <summary>Made while the provider was held up, it allowed for them to be back by then; else it allowed for nothing.</summary>
        private readonly DateTimeOffset _allowedFor = told.HeldUp?.LikelyBackAt is { } back && back > at ? back : at;

        private WaitEstimate Told { get; } = told;

        private DateTimeOffset At { get; } = at;

        /// <summary>
        /// Counts the minutes since the last look that <paramref name="heldUp"/> kept this promise
        /// waiting: from when the hold-up outlasted what the promise allowed for, for at most
        /// <see cref="HoldMinutes"/>. True while the promise is waiting.
        /// </summary>
        public bool WaitFor(HeldUp? heldUp, DateTimeOffset now)
        {
            // Looks can arrive out of order (two readers at once): a minute is never counted twice.
            var from = _checked;
            _checked = Later(_checked, now);
            if (heldUp is null)
            {
                return false;
            }

            var start = Later(heldUp.Since, _allowedFor);
            var until = start.AddMinutes(HoldMinutes);
            var counted = Earlier(now, until) - Later(from, start);
            if (counted > TimeSpan.Zero)
            {
                _waited += counted.TotalMinutes;
            }

            return now >= start && now <= until;
        }

        public WaitEstimate From(DateTimeOffset now)
        {
            return Told.CountedDown((int)Math.Floor((now - At).TotalMinutes - _waited));
        }

        private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

        private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }
}
