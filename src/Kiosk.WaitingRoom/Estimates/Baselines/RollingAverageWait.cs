namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// Baseline B: everyone is told the average of the last ten waits that ended (arrival to call),
/// clinic-wide; before ten have ended, people ahead × configured length. Range ±50%.
/// </summary>
public sealed class RollingAverageWait : IWaitEstimator
{
    private const int Window = 10;

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var view = room.AsOf(now);
        var recent = view.Visits
            .Where(v => v.CalledAt is not null && v.ArrivedAt is not null)
            .OrderByDescending(v => v.CalledAt)
            .Take(Window)
            .Select(v => (v.CalledAt!.Value - v.ArrivedAt!.Value).TotalMinutes)
            .ToList();
        var estimates = new Dictionary<Guid, WaitEstimate>();
        foreach (var provider in view.Clinic.Providers)
        {
            var queue = view.Queue(provider.Id);
            for (var ahead = 0; ahead < queue.Count; ahead++)
            {
                var minutes = recent.Count >= Window
                    ? recent.Average()
                    : ahead * view.Clinic.VisitType(queue[ahead].Appointment.VisitTypeId).Minutes;
                estimates[queue[ahead].Id] = PeopleAheadTimesAverage.Plus50Percent(minutes, "average of recent waits");
            }
        }

        return estimates;
    }
}
