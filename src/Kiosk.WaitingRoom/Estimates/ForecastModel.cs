using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// The distributions a forecast draws from: the clinic's history where it has enough, the
/// clinic's configured visit lengths as the prior where it has not. Thin history leaves the
/// parameters themselves uncertain, and that uncertainty is drawn too, so a cold clinic gets a
/// wide range.
/// </summary>
internal sealed class ForecastModel
{
    private const double PriorLogSd = 0.45;
    private const double PriorWeight = 3;
    private const int EnoughSamples = 20;
    private const double PriorOffsetMean = -5;
    private const double PriorOffsetSd = 10;
    private const double ProviderPriorWeight = 5;
    private const double PriorInterruptionChance = 0.1;
    private const double PriorInterruptionMinutes = 8;
    private const double RecentHours = 2;
    private const double UsualRateHours = 1;

    private readonly Dictionary<string, (double Mean, double Sd, double MeanUncertainty)> _durations = [];
    private readonly ClinicHistory _history;
    // Keyed by the pair, not ClinicHistory.ProviderKey: a string made per drawn visit length was most of a forecast's garbage.
    private readonly Dictionary<(string Provider, string VisitType), double> _spreads = [];
    private readonly Dictionary<string, TodayPace> _paces = [];
    private readonly Dictionary<string, double> _walkInRates = [];
    private readonly WaitingRoomDay? _today;
    private readonly DateTimeOffset? _now;
    private Patience? _patience;

    /// <param name="today">Today as known <paramref name="now"/>, for today's pace and walk-ins; null to forecast as usual.</param>
    public ForecastModel(ClinicProfile clinic, ClinicHistory history, WaitingRoomDay? today = null, DateTimeOffset? now = null)
    {
        _history = history;
        (_today, _now) = (today, now);
        foreach (var type in clinic.VisitTypes)
        {
            var seen = history.Durations.GetValueOrDefault(type.Id);
            var n = PriorWeight + seen.Count;
            var mean = ((PriorWeight * Math.Log(type.Minutes)) + seen.Sum) / n;
            var variance = ((PriorWeight * PriorLogSd * PriorLogSd) + (Math.Max(seen.Count - 1, 0) * seen.Variance)) / Math.Max(n - 1, 1);
            var sd = Math.Sqrt(variance);
            _durations[type.Id] = (mean, sd, sd / Math.Sqrt(n));
        }

        NoShowRate = (history.NoShows + 1.0) / (history.Booked + 10.0);
        IsCold = history.CompletedVisits < EnoughSamples;
    }

    public double NoShowRate { get; }

    public bool IsCold { get; }

    /// <summary>Per forecast run: how long this provider's visits of a type take in this imagined day.</summary>
    public double DrawLogMean(string providerId, string visitTypeId, Random random) =>
        ProviderLogMean(providerId, visitTypeId) + (_durations[visitTypeId].MeanUncertainty * random.Normal());

    /// <summary>Per forecast run: how much quicker or slower than usual this provider is today (a shift of log visit length).</summary>
    public double DrawPace(string providerId, Random random) => Pace(providerId).Draw(random);

    /// <summary>Today's pace of a provider, from their visits finished today against their usual lengths.</summary>
    public TodayPace Pace(string providerId)
    {
        if (_paces.TryGetValue(providerId, out var pace))
        {
            return pace;
        }

        pace = _today is null ? TodayPace.Usual : new TodayPace(TodaysVisits(providerId));
        _paces[providerId] = pace;
        return pace;
    }

    private IEnumerable<(double Residual, double Spread)> TodaysVisits(string providerId)
    {
        foreach (var visit in _today!.Visits)
        {
            if (visit.ProviderId != providerId || !_durations.ContainsKey(visit.Appointment.VisitTypeId))
            {
                continue;
            }

            if (visit.WithProvider is { } inRoom && inRoom > TimeSpan.Zero)
            {
                var type = visit.Appointment.VisitTypeId;
                var log = Math.Log(Math.Max(inRoom.TotalMinutes, 0.25));
                yield return (log - ProviderLogMean(providerId, type), Spread(providerId, type));
            }
        }
    }

    /// <summary>How long a visit of this type with this provider has run when it is running long: three in four are over by then.</summary>
    public double LongVisitMinutes(string providerId, string visitTypeId) =>
        Math.Exp(ProviderLogMean(providerId, visitTypeId) + (0.6745 * Spread(providerId, visitTypeId)));

    /// <summary>The clinic-wide length of a visit type, pulled toward the provider's own pace where their history shows it.</summary>
    private double ProviderLogMean(string providerId, string visitTypeId)
    {
        var own = _history.ProviderDurations.GetValueOrDefault(ClinicHistory.ProviderKey(providerId, visitTypeId));
        return ((ProviderPriorWeight * _durations[visitTypeId].Mean) + own.Sum) / (ProviderPriorWeight + own.Count);
    }

    /// <summary>How a patient who has waited <paramref name="waited"/> minutes might give up. Worked out once per patient, drawn from in every run.</summary>
    public Leaving LeavingAfter(double waited)
    {
        if (_history.LeftAfter.Count < 10)
        {
            return Leaving.Never;
        }

        _patience ??= Patience.Learn(_history.LeftAfter, _history.StayedFor);
        return _patience.After(waited);
    }

    public double Duration(string providerId, string visitTypeId, double logMean, Random random) =>
        random.LogNormal(logMean, Spread(providerId, visitTypeId));

    /// <summary>
    /// How much one provider's visits of a type vary. The clinic-wide spread also holds the
    /// difference between quick and slow providers, which their own pace already accounts for;
    /// where a provider's history shows their own spread, it pulls the clinic's toward it.
    /// </summary>
    private double Spread(string providerId, string visitTypeId)
    {
        if (_spreads.TryGetValue((providerId, visitTypeId), out var sd))
        {
            return sd;
        }

        var clinic = _durations[visitTypeId].Sd;
        var own = _history.ProviderDurations.GetValueOrDefault(ClinicHistory.ProviderKey(providerId, visitTypeId));
        var ownWeight = Math.Max(own.Count - 1, 0);
        sd = Math.Sqrt(((ProviderPriorWeight * clinic * clinic) + (ownWeight * own.Variance)) / (ProviderPriorWeight + ownWeight));
        _spreads[(providerId, visitTypeId)] = sd;
        return sd;
    }

    /// <summary>A duration longer than what has already passed in the room.</summary>
    public double RemainingDuration(string providerId, string visitTypeId, double logMean, double elapsed, Random random)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var d = Duration(providerId, visitTypeId, logMean, random);
            if (d > elapsed)
            {
                return d - elapsed;
            }
        }

        // Already longer than almost any visit of its kind: it will end soon, but nobody knows when.
        return random.Exponential(3);
    }

    /// <summary>
    /// Minutes between one patient done and the next called. Without enough history: usually a
    /// minute or two, and now and then a provider pulled away by a call or an urgent case.
    /// </summary>
    public double Gap(Random random) =>
        _history.Gaps.Count >= EnoughSamples
            ? random.Pick(_history.Gaps)
            : 0.5 + random.Exponential(1.5) + (random.NextDouble() < PriorInterruptionChance ? random.Exponential(PriorInterruptionMinutes) : 0);

    /// <summary>A gap longer than the provider has already been away.</summary>
    public double RemainingGap(double idle, Random random)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var g = Gap(random);
            if (g > idle)
            {
                return g - idle;
            }
        }

        return random.Exponential(5);
    }

    /// <summary>Chance a booked patient not here yet, <paramref name="lateBy"/> minutes after their time, still comes.</summary>
    public double ChanceStillComing(double lateBy)
    {
        var survival = OffsetSurvival(lateBy);
        var stillComing = (1 - NoShowRate) * survival;
        return stillComing / (stillComing + NoShowRate);
    }

    /// <summary>Minutes after the appointment time that a patient arrives, given they are not here at <paramref name="lateBy"/>.</summary>
    public double ArrivalOffset(double lateBy, Random random)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var offset = _history.ArrivalOffsets.Count >= EnoughSamples
                ? random.Pick(_history.ArrivalOffsets)
                : PriorOffsetMean + (PriorOffsetSd * random.Normal());
            if (offset > lateBy)
            {
                return offset;
            }
        }

        return lateBy + random.Exponential(3);
    }

    /// <summary>
    /// Minutes until a provider who has not called anyone yet today does, given they could have
    /// started <paramref name="sinceDue"/> minutes ago (negative: not due yet). Null when the
    /// clinic's history says nothing about how providers start.
    /// </summary>
    public double? StartDelay(string providerId, double sinceDue, Random random)
    {
        var samples = _history.StartDelays.GetValueOrDefault(providerId) is { Count: >= 3 } own
            ? own
            : _history.StartDelays.Values.SelectMany(d => d).ToList() is { Count: >= 10 } all ? all : null;
        if (samples is null)
        {
            return null;
        }

        for (var attempt = 0; attempt < 40; attempt++)
        {
            var delay = random.Pick(samples);
            if (delay > sinceDue)
            {
                return delay - sinceDue;
            }
        }

        // Later in than this provider has ever been: soon, but nobody knows when.
        return random.Exponential(5);
    }

    /// <summary>
    /// Minutes of lunch still to come for a provider who went <paramref name="elapsed"/> minutes
    /// ago: from how long their lunches have really lasted, else the scheduled length.
    /// </summary>
    public double LunchRemaining(string providerId, double scheduledMinutes, double elapsed, Random random)
    {
        var samples = _history.LunchBreaks.GetValueOrDefault(providerId) is { Count: >= 3 } own
            ? own
            : _history.LunchBreaks.Values.SelectMany(d => d).ToList() is { Count: >= 5 } all ? all : [scheduledMinutes];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var length = random.Pick(samples);
            if (length > elapsed)
            {
                return length - elapsed;
            }
        }

        return random.Exponential(3);
    }

    /// <summary>
    /// How many walk-ins a minute join this provider's line: the usual rate, moved toward today's
    /// of the last <see cref="RecentHours"/> as today shows it (a rush the history never had, or a
    /// quiet day). The usual rate counts as <see cref="UsualRateHours"/> of evidence.
    /// </summary>
    public double WalkInsPerMinute(string providerId)
    {
        if (!_walkInRates.TryGetValue(providerId, out var rate))
        {
            rate = WalkInRate(providerId);
            _walkInRates[providerId] = rate;
        }

        return rate;
    }

    private double WalkInRate(string providerId)
    {
        var usual = _history.WalkInsPerHour(providerId);
        if (_today is null || _now is not { } now || _today.Visits.Min(v => v.ArrivedAt) is not { } opened)
        {
            return usual / 60.0;
        }

        var hours = Math.Min(RecentHours, (now - opened).TotalHours);
        if (hours <= 0)
        {
            return usual / 60.0;
        }

        var since = now.AddHours(-hours);
        var recent = _today.Visits.Count(v => v.Appointment.WalkIn && v.ProviderId == providerId && v.ArrivedAt >= since);
        return ((usual * UsualRateHours) + recent) / (UsualRateHours + hours) / 60.0;
    }

    private double OffsetSurvival(double lateBy)
    {
        if (_history.ArrivalOffsets.Count >= EnoughSamples)
        {
            var later = _history.ArrivalOffsets.Count(o => o > lateBy);
            return (later + 0.5) / (_history.ArrivalOffsets.Count + 1.0);
        }

        var z = (lateBy - PriorOffsetMean) / PriorOffsetSd;
        return 0.5 * Erfc(z / Math.Sqrt(2));
    }

    private static double Erfc(double x)
    {
        // Abramowitz–Stegun 7.1.26: plenty for a probability that only weighs a draw.
        var t = 1 / (1 + (0.3275911 * Math.Abs(x)));
        var y = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        var erfc = y * Math.Exp(-x * x);
        return x >= 0 ? erfc : 2 - erfc;
    }
}
