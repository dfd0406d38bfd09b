using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Bench.Estimates;

/// <summary>How one estimator did for one patient: what they were told at check-in, what happened, how often it rose.</summary>
public sealed record VisitScore(WaitEstimate AtCheckIn, double ActualMinutes, int Rises);

/// <summary>
/// Replays a simulated day event by event. At each moment every estimator sees only the room
/// as it was then (<c>AsOf</c>), exactly what the hub would have known.
/// </summary>
public static class DayReplay
{
    /// <summary>A rise is the shown likely wait going up by more than this.</summary>
    public const int RiseMinutes = 5;

    public static IReadOnlyDictionary<string, List<VisitScore>> Run(SimulatedDay day, IReadOnlyDictionary<string, IWaitEstimator> estimators)
    {
        var results = new Dictionary<string, List<VisitScore>>();
        foreach (var (name, estimator) in estimators)
        {
            var first = new Dictionary<Guid, WaitEstimate>();
            var last = new Dictionary<Guid, int>();
            var rises = new Dictionary<Guid, int>();
            foreach (var at in day.EventTimes)
            {
                foreach (var (visit, estimate) in estimator.Estimate(day.Room, at))
                {
                    first.TryAdd(visit, estimate);
                    if (last.TryGetValue(visit, out var before) && estimate.LikelyMinutes > before + RiseMinutes)
                    {
                        rises[visit] = rises.GetValueOrDefault(visit) + 1;
                    }

                    last[visit] = estimate.LikelyMinutes;
                }
            }

            results[name] = [.. day.Visits
                .Where(v => v.WaitMinutes is not null && first.ContainsKey(v.VisitId))
                .Select(v => new VisitScore(first[v.VisitId], v.WaitMinutes!.Value, rises.GetValueOrDefault(v.VisitId)))];
        }

        return results;
    }
}
