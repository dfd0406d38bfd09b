using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Bench.Estimates;

/// <summary>
/// How one estimator did for one patient: what they were told at check-in, what happened, how
/// often the minutes shown went up, and how often the call time they implied moved later. A
/// patient who <see cref="GaveUp"/> left without being called after <see cref="ActualMinutes"/>;
/// on a simulated day <see cref="WaitIfStayed"/> is the wait they would have had had they stayed
/// (the day run again with only them staying), which is what the "if you stay" estimate told them.
/// </summary>
public sealed record VisitScore(WaitEstimate AtCheckIn, double ActualMinutes, int Rises, int Slips = 0, bool GaveUp = false, double? WaitIfStayed = null)
{
    /// <summary>The wait the estimate is scored against: the real one, or for a patient who gave up the one they would have had; null when unknown.</summary>
    public double? ScoredMinutes => GaveUp ? WaitIfStayed : ActualMinutes;
}

/// <summary>
/// Replays a day, simulated or exported from a hub, event by event. At each moment every
/// estimator sees only the room as it was then (<c>AsOf</c>), exactly what the hub would have
/// known. On a real day nobody knows how long a patient who gave up would have waited: they are
/// counted, not scored.
/// </summary>
public static class DayReplay
{
    /// <summary>
    /// A rise is the likely wait shown going up by more than this. A slip is the likely call time
    /// (moment shown + likely wait) ending up later, at once or little by little, than the earliest
    /// it was since the last slip by more than this: stricter, since "20 minutes" still shown
    /// twenty minutes later is no rise on screen but a twenty-minute slip to the person waiting.
    /// </summary>
    public const int RiseMinutes = 5;

    public static IReadOnlyDictionary<string, List<VisitScore>> Run(SimulatedDay day, IReadOnlyDictionary<string, IWaitEstimator> estimators) =>
        Run(day.Room, day.EventTimes, estimators, day.Visits.Where(v => v.LeftWithoutBeingSeen).ToDictionary(v => v.VisitId, v => ClinicSimulator.WaitIfStayed(day, v)));

    /// <summary>A recorded day: it changed whenever a visit event happened or a delay was said.</summary>
    public static IReadOnlyDictionary<string, List<VisitScore>> Run(WaitingRoomDay room, IReadOnlyDictionary<string, IWaitEstimator> estimators) =>
        Run(room, [.. room.Visits.SelectMany(v => v.Events.Select(e => e.At)).Concat(room.Delays.Select(d => d.SetAt)).Distinct().Order()], estimators, ifStayed: new Dictionary<Guid, double?>());

    private static Dictionary<string, List<VisitScore>> Run(
        WaitingRoomDay room,
        IReadOnlyList<DateTimeOffset> eventTimes,
        IReadOnlyDictionary<string, IWaitEstimator> estimators,
        IReadOnlyDictionary<Guid, double?> ifStayed)
    {
        var results = new Dictionary<string, List<VisitScore>>();
        foreach (var (name, estimator) in estimators)
        {
            var first = new Dictionary<Guid, WaitEstimate>();
            var last = new Dictionary<Guid, (int Likely, DateTimeOffset CallAt)>();
            var rises = new Dictionary<Guid, int>();
            var slips = new Dictionary<Guid, int>();
            foreach (var at in eventTimes)
            {
                foreach (var (visit, estimate) in estimator.Estimate(room, at))
                {
                    first.TryAdd(visit, estimate);
                    var callAt = at.AddMinutes(estimate.LikelyMinutes);
                    if (last.TryGetValue(visit, out var before))
                    {
                        if (estimate.LikelyMinutes > before.Likely + RiseMinutes)
                        {
                            rises[visit] = rises.GetValueOrDefault(visit) + 1;
                        }

                        // Against the earliest call time expected since the last slip, so a slow drift counts as much as a jump.
                        if (callAt > before.CallAt.AddMinutes(RiseMinutes))
                        {
                            slips[visit] = slips.GetValueOrDefault(visit) + 1;
                        }
                        else if (callAt > before.CallAt)
                        {
                            callAt = before.CallAt;
                        }
                    }

                    last[visit] = (estimate.LikelyMinutes, callAt);
                }
            }

            results[name] = [.. room.Visits
                .Where(v => v.ArrivedAt is not null && v.CalledAt is not null && first.ContainsKey(v.Id))
                .Select(v => new VisitScore(first[v.Id], (v.CalledAt!.Value - v.ArrivedAt!.Value).TotalMinutes, rises.GetValueOrDefault(v.Id), slips.GetValueOrDefault(v.Id))),
                .. room.Visits
                .Where(v => v.State == VisitState.LeftWithoutBeingSeen && v.ArrivedAt is not null && first.ContainsKey(v.Id))
                .Select(v => new VisitScore(first[v.Id], (v.Events[^1].At - v.ArrivedAt!.Value).TotalMinutes, rises.GetValueOrDefault(v.Id), slips.GetValueOrDefault(v.Id), GaveUp: true, ifStayed.GetValueOrDefault(v.Id)))];
        }

        return results;
    }
}
