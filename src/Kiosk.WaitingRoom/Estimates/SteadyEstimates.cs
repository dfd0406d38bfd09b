namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Keeps what a patient was told from creeping up in small steps. The promise is held as a
/// moment ("called around 10:40"); a fresh estimate replaces it only when it moves that moment
/// later by more than the tolerance — once, with its reason — or earlier by more than five
/// minutes. Wraps any estimator.
/// </summary>
public sealed class SteadyEstimates(IWaitEstimator inner) : IWaitEstimator
{
    private const double EarlierBy = 5;
    private const double LaterByAtLeast = 5;
    private const double LaterByShareOfWait = 0.25;
    private readonly Dictionary<Guid, Promise> _shown = [];
    private readonly Lock _gate = new();

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var fresh = inner.Estimate(room, now);
        lock (_gate)
        {
            foreach (var gone in _shown.Keys.Where(id => !fresh.ContainsKey(id)).ToList())
            {
                _shown.Remove(gone);
            }

            var steady = new Dictionary<Guid, WaitEstimate>(fresh.Count);
            foreach (var (visit, estimate) in fresh)
            {
                var candidate = Promise.From(estimate, now);
                if (!_shown.TryGetValue(visit, out var shown) || Replaces(candidate, shown, now))
                {
                    _shown[visit] = shown = candidate;
                }

                steady[visit] = shown.AsSeenAt(now);
            }

            return steady;
        }
    }

    private static bool Replaces(Promise fresh, Promise shown, DateTimeOffset now)
    {
        var later = (fresh.Likely - shown.Likely).TotalMinutes;
        var remaining = Math.Max(0, (shown.Likely - now).TotalMinutes);
        return later > Math.Max(LaterByAtLeast, LaterByShareOfWait * remaining) || later < -EarlierBy;
    }

    private sealed record Promise(DateTimeOffset Low, DateTimeOffset Likely, DateTimeOffset High, string Reason)
    {
        public static Promise From(WaitEstimate e, DateTimeOffset now) =>
            new(now.AddMinutes(e.LowMinutes), now.AddMinutes(e.LikelyMinutes), now.AddMinutes(e.HighMinutes), e.Reason);

        public WaitEstimate AsSeenAt(DateTimeOffset now)
        {
            int Left(DateTimeOffset at) => Math.Max(0, (int)Math.Round((at - now).TotalMinutes));
            var likely = Left(Likely);
            return new WaitEstimate(Math.Min(Left(Low), likely), likely, Math.Max(Left(High), likely + 1), Reason);
        }
    }
}
