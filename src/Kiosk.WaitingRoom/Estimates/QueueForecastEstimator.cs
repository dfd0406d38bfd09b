namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Our estimator. For each provider it imagines the rest of the queue many times from the state
/// at "now" — never a later event — and gives every waiting patient the 10th, 50th and 90th
/// percentile of when they were called across those runs, with the reason in plain words.
/// </summary>
public sealed class QueueForecastEstimator(IClinicHistorySource history, int runs = 200) : IWaitEstimator
{
    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var view = room.AsOf(now);
        var model = new ForecastModel(view.Clinic, history.Past.PlusKnown(view, now));
        var estimates = new Dictionary<Guid, WaitEstimate>();
        for (var p = 0; p < view.Clinic.Providers.Count; p++)
        {
            var provider = view.Clinic.Providers[p];
            var forecast = new ProviderForecast(view, model, provider.Id, now);
            var waiting = forecast.Waiting;
            if (waiting.Count == 0)
            {
                continue;
            }

            // Seeded from the moment and the provider: the same room at the same time gives the same answer.
            var calls = forecast.Run(runs, Seed(now, p));
            for (var i = 0; i < waiting.Count; i++)
            {
                Array.Sort(calls[i]);
                // Rounded, not floored and ceiled: for short waits a minute each side is a lot of extra width.
                var low = Math.Max(0, (int)Math.Round(Distributions.Quantile(calls[i], 0.1)));
                var likely = Math.Max(low, (int)Math.Round(Distributions.Quantile(calls[i], 0.5)));
                var high = Math.Max(likely + 1, (int)Math.Round(Distributions.Quantile(calls[i], 0.9)));
                estimates[waiting[i].Id] = new WaitEstimate(low, likely, high, Reason(view, provider.Id, provider.Name, i, forecast.LikelyArrivalsAhead(i), model.IsCold));
            }
        }

        return estimates;
    }

    /// <summary>
    /// A seed from the moment and the provider. Not HashCode.Combine: that is salted per process,
    /// and the same room must give the same answer in every process (and every benchmark run).
    /// </summary>
    private static int Seed(DateTimeOffset now, int provider)
    {
        var ticks = (ulong)now.UtcTicks;
        return unchecked((int)(ticks ^ (ticks >> 32)) * 31) + provider;
    }

    private static string Reason(WaitingRoomDay room, string providerId, string providerName, int ahead, int comingAhead, bool cold)
    {
        var why = room.DelayOf(providerId) is { Minutes: >= 5 } delay
            ? $"{providerName} is running about {delay.Minutes} min behind{(string.IsNullOrWhiteSpace(delay.Reason) ? "" : $" ({delay.Reason.Trim()})")}."
            : ahead switch
            {
                0 => $"Nobody is ahead of you for {providerName}.",
                1 => $"1 person is ahead of you for {providerName}.",
                _ => $"{ahead} people are ahead of you for {providerName}.",
            };
        if (comingAhead > 0)
        {
            why += comingAhead == 1
                ? " Someone booked before you has not arrived yet and would go first."
                : $" {comingAhead} people booked before you have not arrived yet and would go first.";
        }

        return cold ? $"{why} This clinic has little history here yet, so the range is wide." : why;
    }
}
