using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// Imagines the rest of one provider's queue many times over — visit lengths, gaps, late and
/// absent patients, walk-ins the policy lets in ahead — and reads each waiting patient's
/// call time off every imagined run. The spread of those times is the honest range.
/// </summary>
internal sealed class ProviderForecast
{
    private const double WalkToRoomMinutes = 1.5;
    private readonly WaitingRoomDay _room;
    private readonly ForecastModel _model;
    private readonly string _providerId;
    private readonly DateTimeOffset _now;
    private readonly IReadOnlyList<Visit> _queue;
    private readonly List<Entry> _waiting;
    private readonly List<Pending> _pending;
    private readonly Lunch? _lunch;

    /// <summary>The provider's visits today, and the one in hand: read once, used by every run.</summary>
    private readonly List<Visit> _mine;
    private readonly Visit? _current;
    private readonly DateTimeOffset? _lastCalled;
    private readonly DateTimeOffset? _lastDone;

    /// <summary>This run's draw of the provider's pace today (see <see cref="TodayPace"/>).</summary>
    private double _pace;

    public ProviderForecast(WaitingRoomDay room, ForecastModel model, string providerId, DateTimeOffset now)
    {
        _room = room;
        _model = model;
        _providerId = providerId;
        _now = now;
        _mine = [.. room.Visits.Where(v => v.ProviderId == providerId)];
        _current = _mine.FirstOrDefault(v => v.State is VisitState.Called or VisitState.InRoom);
        _lastCalled = _mine.Max(v => v.CalledAt);
        _lastDone = _mine.SelectMany(v => v.Events).Where(e => e.Kind == VisitEventKind.Done).Max(e => (DateTimeOffset?)e.At);
        _queue = room.Queue(providerId);
        _waiting = [.. _queue.Select(v => new Entry(RankOf(v.Appointment), v.Appointment.VisitTypeId, v.Id, model.LeavingAfter(Minutes(v.ArrivedAt!.Value))))];
        _pending = PendingBookings();
        _lunch = LunchToday();
        HeldUp = HeldUpNow();
    }

    public IReadOnlyList<Visit> Waiting => _queue;

    /// <summary>
    /// What holds the provider up, and since when, while someone waits for them: with nobody
    /// between patients, a lunch longer than planned (since its planned end), or a visit running
    /// long (since three in four of its kind would have ended). Null when nothing does, before their
    /// first patient of the day, and while a delay reception has said stands.
    /// </summary>
    public HeldUp? HeldUp { get; }

    /// <summary>Booked patients not here yet, likely to come and ranked ahead of the <paramref name="index"/>-th in line.</summary>
    public int LikelyArrivalsAhead(int index) =>
        _pending.Count(p => p.ChanceComing >= 0.5 && p.Rank.CompareTo(_waiting[index].Rank) < 0);

    /// <summary>
    /// Minutes until each waiting patient is called, one row per imagined run, and when the
    /// provider is free to call anyone, one per run. Each run has its own seeded stream, so what
    /// happens after a patient is called never changes their draw.
    /// </summary>
    public (double[][] Calls, double[] FreeAt) Run(int runs, int seed)
    {
        var calls = _waiting.Select(_ => new double[runs]).ToArray();
        var free = new double[runs];
        var logMeans = new Dictionary<string, double>();
        var leaves = new double[_waiting.Count];
        for (var run = 0; run < runs; run++)
        {
            var random = new Random(unchecked((seed * 7919) + run));
            logMeans.Clear();
            _pace = _model.DrawPace(_providerId, random);
            var t = FreeAt(random, logMeans);
            free[run] = t;
            var arrivals = DrawArrivals(random);
            for (var i = 0; i < leaves.Length; i++)
            {
                leaves[i] = _waiting[i].Leaving.Draw(random);
            }

            var next = 0;
            var lunch = _lunch is { OnLunchFor: null } pending ? pending : null;
            while (next < _waiting.Count)
            {
                var ahead = FirstArrivedBefore(arrivals, _waiting[next].Rank, t);
                if (lunch is { } l && t >= l.Start && !l.IsMorning(ahead >= 0 ? arrivals[ahead].Rank : _waiting[next].Rank))
                {
                    // The morning list is seen; the provider goes to lunch now.
                    t += _model.LunchRemaining(_providerId, l.ScheduledMinutes, 0, random);
                    lunch = null;
                    continue;
                }

                string visitType;
                if (ahead >= 0)
                {
                    visitType = arrivals[ahead].VisitType;
                    arrivals[ahead] = arrivals[ahead] with { Taken = true };
                }
                else
                {
                    // Each patient's own estimate assumes they stay; someone ahead who gave up is skipped.
                    calls[next][run] = t;
                    visitType = _waiting[next].VisitType;
                    if (leaves[next] <= t)
                    {
                        next++;
                        continue;
                    }

                    next++;
                }

                t += WalkToRoomMinutes + _model.Duration(_providerId, visitType, LogMean(visitType, logMeans, random), random) + _model.Gap(random);
            }
        }

        return (calls, free);
    }

    /// <summary>When the provider will next call someone, in minutes from now.</summary>
    private double FreeAt(Random random, Dictionary<string, double> logMeans)
    {
        if (_current is { } current)
        {
            var type = current.Appointment.VisitTypeId;
            var logMean = LogMean(type, logMeans, random);
            var inRoomAt = current.Events.LastOrDefault(e => e.Kind == VisitEventKind.InRoom)?.At;
            var elapsed = inRoomAt is { } since ? Minutes(since) : 0;
            var walk = inRoomAt is null ? Math.Max(0, WalkToRoomMinutes - Minutes(current.CalledAt!.Value)) : 0;
            return walk + _model.RemainingDuration(_providerId, type, logMean, elapsed, random) + _model.Gap(random);
        }

        if (_lunch is { OnLunchFor: { } away } lunch)
        {
            return _model.LunchRemaining(_providerId, lunch.ScheduledMinutes, away, random);
        }

        if (DelayInForce is { } delay)
        {
            var back = delay.Minutes - Minutes(delay.SetAt);
            return Math.Max(0, back * (0.8 + (0.5 * random.NextDouble())));
        }

        if (_room.Clinic.Schedules.TryGetValue(_providerId, out var schedule) && _lastCalled is null)
        {
            var scheduled = _room.Clinic.At(_room.Day, schedule.Start);
            var firstHere = _mine.Min(v => v.ArrivedAt) ?? scheduled;
            if (_model.StartDelay(_providerId, Minutes(firstHere > scheduled ? firstHere : scheduled), random) is { } startIn)
            {
                return startIn;
            }

            var start = -Minutes(scheduled);
            if (start > 0)
            {
                return start + random.Exponential(2);
            }
        }

        return _model.RemainingGap(_lastDone is { } done ? Minutes(done) : 0, random);
    }

    /// <summary>The delay reception said for this provider, while they have called nobody since.</summary>
    private ProviderDelay? DelayInForce =>
        _room.DelayOf(_providerId) is { } delay && !(_lastCalled >= delay.SetAt) ? delay : null;

    private HeldUp? HeldUpNow()
    {
        if (_queue.Count == 0 || _lastCalled is not { } lastCalled)
        {
            return null;
        }

        if (_current is { } current)
        {
            var inRoomAt = current.Events.LastOrDefault(e => e.Kind == VisitEventKind.InRoom)?.At;
            var longAt = inRoomAt?.AddMinutes(_model.LongVisitMinutes(_providerId, current.Appointment.VisitTypeId));
            return longAt < _now ? new HeldUp(HoldUp.LongVisit, longAt.Value) { VisitStartedAt = inRoomAt } : null;
        }

        if (_lunch is { OnLunchFor: { } onLunch })
        {
            var over = onLunch - _lunch.ScheduledMinutes;
            return over > 0 ? new HeldUp(HoldUp.LunchOver, _now.AddMinutes(-over)) : null;
        }

        if (DelayInForce is not null)
        {
            return null;
        }

        var lastDone = _lastDone ?? lastCalled;
        var firstWaiting = _queue.Min(v => v.ArrivedAt!.Value);
        return new HeldUp(HoldUp.BetweenPatients, lastDone > firstWaiting ? lastDone : firstWaiting);
    }

    /// <summary>
    /// Today's lunch for this provider: still to come (at its scheduled time, once the patients
    /// booked before it are seen), under way now, or over (null).
    /// </summary>
    private Lunch? LunchToday()
    {
        if (!_room.Clinic.Schedules.TryGetValue(_providerId, out var schedule) || schedule.LunchAt is not { } lunchAt || schedule.LunchMinutes <= 0)
        {
            return null;
        }

        var plan = new Lunch(-Minutes(_room.Clinic.At(_room.Day, lunchAt)), schedule.LunchMinutes, null);
        var seen = ClinicHistory.LunchBreakOf(_room, _providerId, schedule, _now);
        var busy = _current is not null;
        return seen switch
        {
            { Ended: true } => null,
            { Ended: false } when !busy && (_waiting.Count == 0 || !plan.IsMorning(_waiting[0].Rank)) => plan with { OnLunchFor = Minutes(seen.StartedAt) },
            _ => plan,
        };
    }

    private Pending[] DrawArrivals(Random random)
    {
        var drawn = new List<Pending>(_pending.Count + 2);
        foreach (var p in _pending)
        {
            if (random.NextDouble() < p.ChanceComing)
            {
                drawn.Add(p with { Arrival = Math.Max(0, _model.ArrivalOffset(p.LateBy, random) - p.LateBy) });
            }
        }

        // Walk-ins can only get ahead of someone waiting when they are ranked by arrival time.
        var perMinute = _model.WalkInsPerMinute(_providerId);
        if (_room.Clinic.WalkIns == WalkInPolicy.Interleave && perMinute > 0 && _waiting.Count > 0)
        {
            var horizon = Math.Max(0, _waiting[^1].Rank.Minutes);
            for (var t = random.Exponential(1 / perMinute); t < horizon; t += random.Exponential(1 / perMinute))
            {
                drawn.Add(new Pending(new Rank(0, t), _waiting[0].VisitType, 1, 0, t, false));
            }
        }

        drawn.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        return [.. drawn];
    }

    private static int FirstArrivedBefore(Pending[] arrivals, Rank waitingRank, double t)
    {
        for (var i = 0; i < arrivals.Length; i++)
        {
            if (arrivals[i].Rank.CompareTo(waitingRank) >= 0)
            {
                return -1;
            }

            if (!arrivals[i].Taken && arrivals[i].Arrival <= t)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Booked patients of this provider not here yet who could still come and be ranked ahead.</summary>
    private List<Pending> PendingBookings()
    {
        var arrived = _room.Visits.Where(v => v.State != VisitState.Expected).Select(v => v.Appointment.Id).ToHashSet();
        var last = _waiting.Count == 0 ? new Rank(0, 0) : _waiting[^1].Rank;
        return _room.Appointments
            .Where(a => !a.WalkIn && a.ProviderId == _providerId && !arrived.Contains(a.Id))
            .Select(a => (Appointment: a, LateBy: Minutes(a.StartsAt)))
            .Where(a => a.LateBy < ClinicHistory.NoShowAfterMinutes)
            .Select(a => new Pending(RankOf(a.Appointment), a.Appointment.VisitTypeId, _model.ChanceStillComing(a.LateBy), a.LateBy, 0, false))
            .Where(p => p.Rank.CompareTo(last) < 0)
            .ToList();
    }

    private double LogMean(string visitType, Dictionary<string, double> drawn, Random random)
    {
        if (!drawn.TryGetValue(visitType, out var logMean))
        {
            logMean = _model.DrawLogMean(_providerId, visitType, random) + _pace;
            drawn[visitType] = logMean;
        }

        return logMean;
    }

    private Rank RankOf(Appointment a) =>
        new(_room.Clinic.WalkIns == WalkInPolicy.AfterBooked && a.WalkIn ? 1 : 0, -Minutes(a.StartsAt));

    /// <summary>Minutes from <paramref name="at"/> to now (positive when <paramref name="at"/> is past).</summary>
    private double Minutes(DateTimeOffset at) => (_now - at).TotalMinutes;

    private readonly record struct Rank(int Group, double Minutes) : IComparable<Rank>
    {
        public int CompareTo(Rank other) => Group != other.Group ? Group.CompareTo(other.Group) : Minutes.CompareTo(other.Minutes);
    }

    /// <summary>Lunch at <see cref="Start"/> minutes from now; <see cref="OnLunchFor"/> is set when it has begun.</summary>
    private sealed record Lunch(double Start, int ScheduledMinutes, double? OnLunchFor)
    {
        /// <summary>Booked before lunch: the provider sees them first.</summary>
        public bool IsMorning(Rank rank) => rank.Group == 0 && rank.Minutes < Start;
    }

    private sealed record Entry(Rank Rank, string VisitType, Guid VisitId, Leaving Leaving);

    private sealed record Pending(Rank Rank, string VisitType, double ChanceComing, double LateBy, double Arrival, bool Taken);
}
