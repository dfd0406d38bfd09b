namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// Baseline A, what most queue products show: people ahead × the average visit length seen so
/// far (configured lengths until there is history). Its range is a plain ±50%.
/// </summary>
public sealed class PeopleAheadTimesAverage(IClinicHistorySource history) : IWaitEstimator
{
    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var view = room.AsOf(now);
        var learned = history.Past.PlusKnown(view, now).Durations.Values;
        var count = learned.Sum(d => d.Count);
        var average = count > 0
            ? learned.Sum(d => d.Count * Math.Exp(d.Mean + (d.Variance / 2))) / count
            : view.Clinic.VisitTypes.Average(v => v.Minutes);
        var estimates = new Dictionary<Guid, WaitEstimate>();
        foreach (var provider in view.Clinic.Providers)
        {
            var queue = view.Queue(provider.Id);
            for (var ahead = 0; ahead < queue.Count; ahead++)
            {
                estimates[queue[ahead].Id] = Plus50Percent(ahead * average, $"{ahead} ahead × {average:0} min");
            }
        }

        return estimates;
    }

    internal static WaitEstimate Plus50Percent(double minutes, string reason) =>
        new((int)Math.Floor(minutes * 0.5), (int)Math.Round(minutes), (int)Math.Ceiling(minutes * 1.5) + 1, reason);
}
