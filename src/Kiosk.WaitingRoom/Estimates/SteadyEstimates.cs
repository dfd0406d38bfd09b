namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Keeps what a patient was told from creeping up in small steps. What they were told stands
/// while the fresh likely wait stays inside the range they were given; it is replaced when the
/// fresh likely wait leaves that range upwards — once, with its reason — or is more than five
/// minutes sooner. Wraps any estimator.
/// </summary>
public sealed class SteadyEstimates(IWaitEstimator inner) : IWaitEstimator
{
    private const int SoonerBy = 5;
    private readonly Dictionary<Guid, WaitEstimate> _shown = [];
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

            foreach (var (visit, estimate) in fresh)
            {
                if (!_shown.TryGetValue(visit, out var shown) || Replaces(estimate, shown))
                {
                    _shown[visit] = estimate;
                }
            }

            return new Dictionary<Guid, WaitEstimate>(_shown);
        }
    }

    private static bool Replaces(WaitEstimate fresh, WaitEstimate shown) =>
        fresh.LikelyMinutes > shown.HighMinutes || fresh.LikelyMinutes < shown.LikelyMinutes - SoonerBy;
}
