namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// Baseline C, what a competent competitor would build: one deterministic walk down each
/// provider's line, no Monte Carlo. Visit lengths per provider and type are learned from the
/// clinic's past days and scaled by the provider's pace today; between patients the learned mean
/// gap; lunches, late starts, booked patients not here yet (weighted by their chance of coming),
/// walk-ins and patients giving up as the history shows them (<see cref="WalkModel"/>). It learns
/// from the same history ours does and reads nothing later than now. Its range comes from its own
/// misses on the clinic's past days (<see cref="WalkResiduals"/>).
/// </summary>
public sealed class QueueWalk(IClinicHistorySource history, WalkResiduals residuals) : IWaitEstimator
{
    /// <summary>
    /// C for a clinic whose past is <paramref name="past"/>: learns from those days, and takes its
    /// range from replaying each of them through a walk learned from the others.
    /// </summary>
    public static QueueWalk From(IReadOnlyList<WaitingRoomDay> past) =>
        new(new FixedHistory(ClinicHistory.Learn(past)), WalkResiduals.Learn(past));

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var estimates = new Dictionary<Guid, WaitEstimate>();
        foreach (var call in Walk(room, now))
        {
            var likely = (int)Math.Round(call.Minutes);
            var (low, high) = residuals.Range(call.Minutes);
            var reason = $"{call.Ahead} ahead for {call.ProviderName}; the line walked once from learned visit lengths.";
            estimates[call.Visit] = new WaitEstimate(Math.Min(low, likely), likely, Math.Max(high, likely + 1), reason);
        }

        return estimates;
    }

    /// <summary>Minutes until each waiting patient is called, as the walk sees it from the room at <paramref name="now"/>.</summary>
    internal IEnumerable<WalkedCall> Walk(WaitingRoomDay room, DateTimeOffset now)
    {
        var view = room.AsOf(now);
        var model = new WalkModel(view, history.Past, now);
        foreach (var provider in view.Clinic.Providers)
        {
            var walk = new ProviderWalk(view, model, provider.Id, now);
            var minutes = walk.CallTimes();
            for (var i = 0; i < minutes.Length; i++)
            {
                yield return new WalkedCall(walk.Waiting[i].Id, provider.Name, i, minutes[i]);
            }
        }
    }
}

internal sealed record WalkedCall(Guid Visit, string ProviderName, int Ahead, double Minutes);
