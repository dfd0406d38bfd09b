namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// The expected values baseline C walks with, learned from the inputs ours gets: the clinic's past
/// days plus today as known at now (<see cref="ClinicHistory.PlusKnown"/>). Visit lengths are the
/// past days' only, so that today's visits show the provider's pace against them instead of being
/// averaged in. Thresholds and fallbacks are ours (<see cref="ForecastModel"/>) where it has them.
/// </summary>
internal sealed class WalkModel
{
    /// <summary>Today's pace counts as this many visits at the usual pace until today shows more.</summary>
    public const double PacePriorVisits = 3;

    private const int EnoughLengths = 3;
    private const int EnoughSamples = 20;
    private const double PriorGapMinutes = 2.8; // the mean of ours' prior gap: 0.5 + 1.5 + 0.1 × 8
    private const double PriorNoShowRate = 0.1;
    private const double PriorOffsetMinutes = -5;

    private readonly WaitingRoomDay _today;
    private readonly ClinicHistory _past;
    private readonly ClinicHistory _known;
    private readonly Dictionary<string, double> _paces = [];
    private readonly Patience? _patience;

    public WalkModel(WaitingRoomDay today, ClinicHistory past, DateTimeOffset now)
    {
        _today = today;
        _past = past;
        _known = past.PlusKnown(today, now);
        _patience = _known.LeftAfter.Count >= 10 ? Patience.Learn(_known.LeftAfter, _known.StayedFor) : null;
        GapMinutes = _known.Gaps.Count >= EnoughSamples ? _known.Gaps.Average() : PriorGapMinutes;
        NoShowRate = _known.Booked >= 10 ? _known.NoShows / (double)_known.Booked : PriorNoShowRate;
        MeanArrivalOffset = _known.ArrivalOffsets.Count >= EnoughSamples ? _known.ArrivalOffsets.Average() : PriorOffsetMinutes;
    }

    /// <summary>Mean minutes from one patient done to the next called.</summary>
    public double GapMinutes { get; }

    public double NoShowRate { get; }

    /// <summary>Mean minutes between appointment time and arrival (negative = early).</summary>
    public double MeanArrivalOffset { get; }

    /// <summary>Expected in-room minutes of this provider's visit of this type today: the learned length × today's pace.</summary>
    public double Length(string providerId, string visitTypeId) => Usual(providerId, visitTypeId) * Pace(providerId);

    /// <summary>
    /// Today's visits' real lengths over their usual ones, for this provider, pulled toward 1 by
    /// <see cref="PacePriorVisits"/>: (n × ratio + prior) / (n + prior).
    /// </summary>
    public double Pace(string providerId)
    {
        if (_paces.TryGetValue(providerId, out var pace))
        {
            return pace;
        }

        double real = 0, usual = 0;
        var n = 0;
        foreach (var visit in _today.Visits.Where(v => v.ProviderId == providerId))
        {
            if (visit.WithProvider is { } inRoom && inRoom > TimeSpan.Zero)
            {
                real += inRoom.TotalMinutes;
                usual += Usual(providerId, visit.Appointment.VisitTypeId);
                n++;
            }
        }

        pace = n == 0 ? 1 : ((n * (real / usual)) + PacePriorVisits) / (n + PacePriorVisits);
        _paces[providerId] = pace;
        return pace;
    }

    /// <summary>The past days' mean length: the provider's own where they show it, else the clinic's, else the configured one.</summary>
    private double Usual(string providerId, string visitTypeId)
    {
        var own = _past.ProviderDurations.GetValueOrDefault(ClinicHistory.ProviderKey(providerId, visitTypeId));
        var clinic = _past.Durations.GetValueOrDefault(visitTypeId);
        var learned = own.Count >= EnoughLengths ? own : clinic.Count >= EnoughLengths ? clinic : default;
        return learned.Count > 0 ? Math.Exp(learned.Mean + (learned.Variance / 2)) : _today.Clinic.VisitType(visitTypeId).Minutes;
    }

    /// <summary>How long this provider's lunch lasts: their own mean, else the clinic's, else as scheduled.</summary>
    public double LunchMinutes(string providerId, double scheduled) =>
        _known.LunchBreaks.GetValueOrDefault(providerId) is { Count: >= 3 } own ? own.Average()
        : _known.LunchBreaks.Values.SelectMany(d => d).ToList() is { Count: >= 5 } all ? all.Average() : scheduled;

    /// <summary>How late this provider calls their first patient: their own mean, else the clinic's; null when the history has not seen it.</summary>
    public double? StartDelay(string providerId) =>
        _known.StartDelays.GetValueOrDefault(providerId) is { Count: >= 3 } own ? own.Average()
        : _known.StartDelays.Values.SelectMany(d => d).ToList() is { Count: >= 10 } all ? all.Average() : null;

    /// <summary>
    /// The chance a booked patient not here yet comes: one minus the no-show rate until their time,
    /// then less as they get later (Bayes with the share of arrivals later than that).
    /// </summary>
    public double ChanceComing(double lateBy)
    {
        var coming = 1 - NoShowRate;
        if (lateBy <= 0)
        {
            return coming;
        }

        var later = _known.ArrivalOffsets.Count >= EnoughSamples
            ? _known.ArrivalOffsets.Count(o => o > lateBy) / (double)_known.ArrivalOffsets.Count
            : Math.Max(0, 1 - (lateBy / ClinicHistory.NoShowAfterMinutes));
        return coming * later / ((coming * later) + NoShowRate);
    }

    /// <summary>The chance someone who has waited <paramref name="waited"/> minutes is still here <paramref name="more"/> minutes later.</summary>
    public double StillHere(double waited, double more) => _patience?.StillHere(waited, more) ?? 1;

    public double WalkInsPerMinute(string providerId) => _known.WalkInsPerHour(providerId) / 60.0;
}
