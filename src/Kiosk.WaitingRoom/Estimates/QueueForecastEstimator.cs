using System.Globalization;
using Kiosk.WaitingRoom.Clinic;
namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Our estimator. For each provider it imagines the rest of the queue many times from the state
/// at "now" — never a later event — and gives every waiting patient the 10th, 50th and 90th
/// percentile of when they were called across those runs, with the reason in plain words.
/// </summary>
/// <remarks>
/// With <paramref name="reuseWithinMinute"/> (the hub), a provider's line that has not changed since it
/// was forecast in the same clock minute keeps that forecast: a change in one line forecasts that line
/// only, and the other lines are forecast afresh when the minute turns (the minutes shown count down once
/// a minute anyway). Off, every call forecasts every line from the moment given (the benchmark).
/// </remarks>
public sealed class QueueForecastEstimator(IClinicHistorySource history, int runs = 200, bool reuseWithinMinute = false) : IWaitEstimator
{
    private readonly Dictionary<string, LineForecast> _lastForecast = [];
    private readonly Lock _gate = new();

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var view = room.AsOf(now);
        ForecastModel? model = null;
        var estimates = new Dictionary<Guid, WaitEstimate>();
        var minute = now.ToUnixTimeSeconds() / 60;
        for (var p = 0; p < view.Clinic.Providers.Count; p++)
        {
            var provider = view.Clinic.Providers[p];
            var line = reuseWithinMinute ? LineState.Of(view, provider.Id, minute) : default;
            if (reuseWithinMinute && Reused(provider.Id, line) is { } reused)
            {
                foreach (var (visit, estimate) in reused)
                {
                    estimates[visit] = estimate;
                }

                continue;
            }

            model ??= new ForecastModel(view.Clinic, history.Past.PlusKnown(view, now), view, now);
            var made = Forecast(view, model, provider, p, now);
            foreach (var (visit, estimate) in made)
            {
                estimates[visit] = estimate;
            }

            if (reuseWithinMinute)
            {
                lock (_gate)
                {
                    _lastForecast[provider.Id] = new LineForecast(line, made);
                }
            }
        }

        return estimates;
    }

    private IReadOnlyList<(Guid Visit, WaitEstimate Estimate)>? Reused(string providerId, LineState line)
    {
        lock (_gate)
        {
            return _lastForecast.TryGetValue(providerId, out var last) && last.Line == line ? last.Estimates : null;
        }
    }

    /// <summary>One provider's line forecast from <paramref name="now"/>: every waiting patient's range and its reason.</summary>
    private List<(Guid Visit, WaitEstimate Estimate)> Forecast(WaitingRoomDay view, ForecastModel model, Provider provider, int p, DateTimeOffset now)
    {
        var made = new List<(Guid, WaitEstimate)>();
        var forecast = new ProviderForecast(view, model, provider.Id, now);
        var waiting = forecast.Waiting;
        if (waiting.Count == 0)
        {
            return made;
        }

        // Seeded from the moment and the provider: the same room at the same time gives the same answer.
        var (calls, free) = forecast.Run(runs, Seed(now, p));
        Array.Sort(free);
        var held = forecast.HeldUp is { } heldUp ? heldUp with { LikelyBackAt = now.AddMinutes(Distributions.Quantile(free, 0.5)) } : null;
        for (var i = 0; i < waiting.Count; i++)
        {
            Array.Sort(calls[i]);
            // Rounded, not floored and ceiled: for short waits a minute each side is a lot of extra width.
            var low = Math.Max(0, (int)Math.Round(Distributions.Quantile(calls[i], 0.1)));
            var likely = Math.Max(low, (int)Math.Round(Distributions.Quantile(calls[i], 0.5)));
            var high = Math.Max(likely + 1, (int)Math.Round(Distributions.Quantile(calls[i], 0.9)));
            var parts = ReasonParts(view, new Why(provider.Id, provider.Name, i, forecast.LikelyArrivalsAhead(i), model.IsCold, held, now));
            made.Add((waiting[i].Id, new WaitEstimate(low, likely, high, string.Join(" ", parts.Select(English))) { Parts = parts, HeldUp = held }));
        }

        return made;
    }

    private sealed record LineForecast(LineState Line, IReadOnlyList<(Guid Visit, WaitEstimate Estimate)> Estimates);

    /// <summary>
    /// What a provider's forecast is made from, in a few numbers: the day and clock minute, and a hash of
    /// their bookings (time, type), their visits (state, each event), and the delay said for them.
    /// </summary>
    private readonly record struct LineState(DateOnly Day, long Minute, int Appointments, int Visits, int Events, int Hash)
    {
        public static LineState Of(WaitingRoomDay room, string providerId, long minute)
        {
            var hash = new HashCode();
            int appointments = 0, visits = 0, events = 0;
            foreach (var a in room.Appointments)
            {
                if (a.ProviderId == providerId)
                {
                    appointments++;
                    hash.Add(a.Id);
                    hash.Add(a.StartsAt);
                    hash.Add(a.VisitTypeId);
                }
            }

            foreach (var v in room.Visits)
            {
                if (v.ProviderId == providerId || v.Appointment.ProviderId == providerId)
                {
                    visits++;
                    hash.Add(v.Id);
                    hash.Add(v.State);
                    foreach (var e in v.Trail)
                    {
                        events++;
                        hash.Add(e.Kind);
                        hash.Add(e.At);
                    }
                }
            }

            if (room.DelayOf(providerId) is { } delay)
            {
                hash.Add(delay.Minutes);
                hash.Add(delay.SetAt);
            }

            return new LineState(room.Day, minute, appointments, visits, events, hash.ToHashCode());
        }
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

    /// <summary>What a reason is made of: whose line, how many ahead and coming, how sure, and what holds the provider up.</summary>
    private sealed record Why(string ProviderId, string ProviderName, int Ahead, int ComingAhead, bool Cold, HeldUp? HeldUp, DateTimeOffset Now);

    /// <summary>Why, as sentences any screen can word in its own language.</summary>
    private static List<ReasonPart> ReasonParts(WaitingRoomDay room, Why why)
    {
        var parts = new List<ReasonPart>();
        var provider = ("provider", why.ProviderName);
        if (room.DelayOf(why.ProviderId) is { Minutes: >= 5 } delay)
        {
            var minutes = ("minutes", delay.Minutes.ToString(CultureInfo.InvariantCulture));
            parts.Add(delay.Kind switch
            {
                LateReason.Emergency => Part("late-emergency", provider, minutes),
                LateReason.ComplexAppointment => Part("late-complex-visit", provider, minutes),
                LateReason.StartedLate => Part("late-started-late", provider, minutes),
                LateReason.StaffShortage => Part("late-staff-short", provider, minutes),
                _ when string.IsNullOrWhiteSpace(delay.Reason) => Part("late", provider, minutes),
                _ => Part("late-why", provider, minutes, ("why", delay.Reason.Trim())),
            });
        }
        else
        {
            parts.Add(why.Ahead switch
            {
                0 => Part("nobody-ahead", provider),
                1 => Part("one-ahead", provider),
                _ => Part("many-ahead", provider, ("count", why.Ahead.ToString(CultureInfo.InvariantCulture))),
            });
        }

        if (why.HeldUp is { } heldUp && heldUp.IsNews(why.Now))
        {
            // The patient deserves to know why nothing moves; the reason does not guess why a provider is away.
            var minutes = ("minutes", heldUp.MinutesAt(why.Now).ToString(CultureInfo.InvariantCulture));
            parts.Add(heldUp.Kind switch
            {
                HoldUp.LunchOver => Part("lunch-over", provider, minutes),
                HoldUp.LongVisit => Part("long-visit", provider),
                _ => Part("away", provider, minutes),
            });
        }

        if (why.ComingAhead > 0)
        {
            parts.Add(why.ComingAhead == 1 ? Part("one-coming") : Part("many-coming", ("count", why.ComingAhead.ToString(CultureInfo.InvariantCulture))));
        }

        if (why.Cold)
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
            "late-emergency" => $"{V("provider")} is running about {V("minutes")} min behind because of an emergency.",
            "late-complex-visit" => $"{V("provider")} is running about {V("minutes")} min behind because an earlier appointment needed more time.",
            "late-started-late" => $"{V("provider")} is running about {V("minutes")} min behind because they started late today.",
            "late-staff-short" => $"{V("provider")} is running about {V("minutes")} min behind because we are short of staff today.",
            "nobody-ahead" => $"Nobody is ahead of you for {V("provider")}.",
            "one-ahead" => $"1 person is ahead of you for {V("provider")}.",
            "many-ahead" => $"{V("count")} people are ahead of you for {V("provider")}.",
            "away" => $"{V("provider")} has not called the next patient for {V("minutes")} min. You keep your place, and the times shown wait until they do.",
            "long-visit" => $"{V("provider")}'s current appointment is running long. You keep your place, and the times shown wait until it ends.",
            "lunch-over" => $"{V("provider")}'s break is running {V("minutes")} min over. You keep your place, and the times shown wait until they are back.",
            "one-coming" => "Someone booked before you has not arrived yet and would go first.",
            "many-coming" => $"{V("count")} people booked before you have not arrived yet and would go first.",
            "cold" => "This clinic has little history here yet, so the range is wide.",
            _ => throw new ArgumentOutOfRangeException(nameof(part), part.Key, "Unknown reason."),
        };
    }

    /// <summary>Every reason key <see cref="English"/> words.</summary>
    public static IReadOnlyList<string> ReasonKeys { get; } = ["late", "late-why", "late-emergency", "late-complex-visit", "late-started-late", "late-staff-short", "nobody-ahead", "one-ahead", "many-ahead", "away", "lunch-over", "long-visit", "one-coming", "many-coming", "cold"];

    private static ReasonPart Part(string key, params (string Name, string Value)[] values) =>
        new(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
