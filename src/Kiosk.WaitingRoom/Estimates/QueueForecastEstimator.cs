using System.Globalization;
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
                estimates[waiting[i].Id] = Explained(low, likely, high, view, provider.Id, provider.Name, i, forecast.LikelyArrivalsAhead(i), model.IsCold);
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

    private static WaitEstimate Explained(int low, int likely, int high, WaitingRoomDay room, string providerId, string providerName, int ahead, int comingAhead, bool cold)
    {
        var parts = ReasonParts(room, providerId, providerName, ahead, comingAhead, cold);
        return new WaitEstimate(low, likely, high, string.Join(" ", parts.Select(English))) { Parts = parts };
    }

    /// <summary>Why, as sentences any screen can word in its own language.</summary>
    public static IReadOnlyList<ReasonPart> ReasonParts(WaitingRoomDay room, string providerId, string providerName, int ahead, int comingAhead, bool cold)
    {
        var parts = new List<ReasonPart>();
        var provider = ("provider", providerName);
        if (room.DelayOf(providerId) is { Minutes: >= 5 } delay)
        {
            var minutes = ("minutes", delay.Minutes.ToString(CultureInfo.InvariantCulture));
            parts.Add(string.IsNullOrWhiteSpace(delay.Reason)
                ? Part("late", provider, minutes)
                : Part("late-why", provider, minutes, ("why", delay.Reason.Trim())));
        }
        else
        {
            parts.Add(ahead switch
            {
                0 => Part("nobody-ahead", provider),
                1 => Part("one-ahead", provider),
                _ => Part("many-ahead", provider, ("count", ahead.ToString(CultureInfo.InvariantCulture))),
            });
        }

        if (comingAhead > 0)
        {
            parts.Add(comingAhead == 1 ? Part("one-coming") : Part("many-coming", ("count", comingAhead.ToString(CultureInfo.InvariantCulture))));
        }

        if (cold)
        {
            parts.Add(Part("cold"));
        }

        return parts;
    }

    /// <summary>The English the hub logs and reception reads; kiosk-content/strings/reason.en.json says the same (a test holds them together).</summary>
    public static string English(ReasonPart part)
    {
        string V(string name) => part.Values[name];
        return part.Key switch
        {
            "late" => $"{V("provider")} is running about {V("minutes")} min behind.",
            "late-why" => $"{V("provider")} is running about {V("minutes")} min behind ({V("why")}).",
            "nobody-ahead" => $"Nobody is ahead of you for {V("provider")}.",
            "one-ahead" => $"1 person is ahead of you for {V("provider")}.",
            "many-ahead" => $"{V("count")} people are ahead of you for {V("provider")}.",
            "one-coming" => "Someone booked before you has not arrived yet and would go first.",
            "many-coming" => $"{V("count")} people booked before you have not arrived yet and would go first.",
            "cold" => "This clinic has little history here yet, so the range is wide.",
            _ => throw new ArgumentOutOfRangeException(nameof(part), part.Key, "Unknown reason."),
        };
    }

    /// <summary>Every reason key <see cref="English"/> words.</summary>
    public static IReadOnlyList<string> ReasonKeys { get; } = ["late", "late-why", "nobody-ahead", "one-ahead", "many-ahead", "one-coming", "many-coming", "cold"];

    private static ReasonPart Part(string key, params (string Name, string Value)[] values) =>
        new(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
