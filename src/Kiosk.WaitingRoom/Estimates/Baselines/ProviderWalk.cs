using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Estimates.Baselines;

/// <summary>
/// One provider's line walked once in expected values. From when the provider is next free, each
/// turn goes to a booked patient ranked ahead who has likely arrived by then (counted by their
/// chance of coming), the expected walk-ins ranked ahead, lunch once the morning list is seen, or
/// the next patient waiting, who is called then and counted by their chance of still being here.
/// </summary>
internal sealed class ProviderWalk
{
    /// <summary>From call to in the room; ours uses the same.</summary>
    public const double WalkToRoomMinutes = 1.5;

    private const int MaxWalkInSteps = 50;
    private readonly WaitingRoomDay _room;
    private readonly WalkModel _model;
    private readonly string _providerId;
    private readonly DateTimeOffset _now;
    private readonly List<Visit> _mine;
    private readonly Visit? _current;
    private readonly DateTimeOffset? _lastCalled;

    public ProviderWalk(WaitingRoomDay room, WalkModel model, string providerId, DateTimeOffset now)
    {
        _room = room;
        _model = model;
        _providerId = providerId;
        _now = now;
        _mine = [.. room.Visits.Where(v => v.ProviderId == providerId)];
        _current = _mine.FirstOrDefault(v => v.State is VisitState.Called or VisitState.InRoom);
        _lastCalled = _mine.Max(v => v.CalledAt);
        Waiting = room.Queue(providerId);
    }

    public IReadOnlyList<Visit> Waiting { get; }

    /// <summary>Minutes from now until each waiting patient is called, in line order.</summary>
    public double[] CallTimes()
    {
        var calls = new double[Waiting.Count];
        if (Waiting.Count == 0)
        {
            return calls;
        }

        var lunch = LunchToday(out var freeIn);
        var t = freeIn ?? FreeIn();
        var pending = PendingBookings();
        var walkInType = Waiting[0].Appointment.VisitTypeId; // as ours: walk-ins are taken to be like the first in line
        var walkInsPerMinute = _room.Clinic.WalkIns == WalkInPolicy.Interleave ? _model.WalkInsPerMinute(_providerId) : 0;
        double walkInsCounted = 0;
        var steps = 0;
        for (var next = 0; next < Waiting.Count;)
        {
            var rank = RankOf(Waiting[next].Appointment);
            var walkInsDue = (walkInsPerMinute * Math.Clamp(rank.Minutes, 0, t)) - walkInsCounted;
            if (walkInsDue > 0.01 && steps++ < MaxWalkInSteps)
            {
                t += walkInsDue * Turn(walkInType);
                walkInsCounted += walkInsDue;
                continue;
            }

            var ahead = pending.FindIndex(p => !p.Taken && p.Rank.CompareTo(rank) < 0 && p.ArrivesIn <= t);
            if (lunch is { } l && t >= l.StartsIn && !l.IsMorning(ahead >= 0 ? pending[ahead].Rank : rank))
            {
                t += l.Minutes;
                lunch = null;
                continue;
            }

            if (ahead >= 0)
            {
                t += pending[ahead].Chance * Turn(pending[ahead].VisitType);
                pending[ahead] = pending[ahead] with { Taken = true };
                continue;
            }

            calls[next] = t;
            var waited = Minutes(Waiting[next].ArrivedAt!.Value);
            t += _model.StillHere(waited, t) * Turn(Waiting[next].Appointment.VisitTypeId);
            next++;
            steps = 0;
        }

        return calls;
    }

    /// <summary>One patient's turn: walk to the room, the visit at today's pace, the gap before the next call.</summary>
    private double Turn(string visitType) => WalkToRoomMinutes + _model.Length(_providerId, visitType) + _model.GapMinutes;

    /// <summary>Minutes until the provider can call someone, when not at lunch.</summary>
    private double FreeIn()
    {
        if (_current is { } current)
        {
            var length = _model.Length(_providerId, current.Appointment.VisitTypeId);
            if (current.InRoomAt is { } inRoom)
            {
                // A visit past its usual length is taken to end within a quarter of that length.
                return Math.Max(length - Minutes(inRoom), length / 4) + _model.GapMinutes;
            }

            return Math.Max(0, WalkToRoomMinutes - Minutes(current.CalledAt!.Value)) + length + _model.GapMinutes;
        }

        if (_room.DelayOf(_providerId) is { } delay && !(_lastCalled >= delay.SetAt))
        {
            return Math.Max(0, delay.Minutes - Minutes(delay.SetAt));
        }

        if (_lastCalled is null && _room.Clinic.Schedules.TryGetValue(_providerId, out var schedule))
        {
            var scheduled = _room.Clinic.At(_room.Day, schedule.Start);
            var firstHere = _mine.Min(v => v.ArrivedAt) ?? scheduled;
            var due = firstHere > scheduled ? firstHere : scheduled;
            return Math.Max(0, (_model.StartDelay(_providerId) ?? 0) - Minutes(due));
        }

        var lastDone = _mine.Max(v => v.DoneAt);
        return Math.Max(0, _model.GapMinutes - (lastDone is { } done ? Minutes(done) : 0));
    }

    /// <summary>Lunch still to come today; when it is under way now, <paramref name="freeIn"/> is when it ends.</summary>
    private WalkLunch? LunchToday(out double? freeIn)
    {
        freeIn = null;
        if (!_room.Clinic.Schedules.TryGetValue(_providerId, out var schedule) || schedule.LunchAt is not { } lunchAt || schedule.LunchMinutes <= 0)
        {
            return null;
        }

        var plan = new WalkLunch(-Minutes(_room.Clinic.At(_room.Day, lunchAt)), _model.LunchMinutes(_providerId, schedule.LunchMinutes));
        var seen = ClinicHistory.LunchBreakOf(_room, _providerId, schedule, _now);
        if (seen is { Ended: true })
        {
            return null;
        }

        if (seen is not null && _current is null && !plan.IsMorning(RankOf(Waiting[0].Appointment)))
        {
            freeIn = Math.Max(0, plan.Minutes - Minutes(seen.StartedAt));
            return null;
        }

        return plan;
    }

    /// <summary>Booked patients not here yet, not past the no-show cut-off, ranked ahead of the last in line.</summary>
    private List<WalkPending> PendingBookings()
    {
        var arrived = _room.Visits.Where(v => v.State != VisitState.Expected).Select(v => v.Appointment.Id).ToHashSet();
        var last = RankOf(Waiting[^1].Appointment);
        return [.. _room.Appointments
            .Where(a => !a.WalkIn && a.ProviderId == _providerId && !arrived.Contains(a.Id))
            .Select(a => (Appointment: a, LateBy: Minutes(a.StartsAt)))
            .Where(a => a.LateBy < ClinicHistory.NoShowAfterMinutes)
            .Select(a => new WalkPending(RankOf(a.Appointment), a.Appointment.VisitTypeId, _model.ChanceComing(a.LateBy), Math.Max(0, _model.MeanArrivalOffset - a.LateBy), false))
            .Where(p => p.Rank.CompareTo(last) < 0)
            .OrderBy(p => p.Rank)];
    }

    private WalkRank RankOf(Appointment a) =>
        new(_room.Clinic.WalkIns == WalkInPolicy.AfterBooked && a.WalkIn ? 1 : 0, -Minutes(a.StartsAt));

    /// <summary>Minutes from <paramref name="at"/> to now (positive when <paramref name="at"/> is past).</summary>
    private double Minutes(DateTimeOffset at) => (_now - at).TotalMinutes;
}

/// <summary>Place in line: walk-ins after booked patients where the clinic says so, then by appointment time (minutes from now).</summary>
internal readonly record struct WalkRank(int Group, double Minutes) : IComparable<WalkRank>
{
    public int CompareTo(WalkRank other) => Group != other.Group ? Group.CompareTo(other.Group) : Minutes.CompareTo(other.Minutes);
}

/// <summary>Lunch starting <see cref="StartsIn"/> minutes from now and lasting <see cref="Minutes"/>.</summary>
internal sealed record WalkLunch(double StartsIn, double Minutes)
{
    /// <summary>Booked before lunch: seen first.</summary>
    public bool IsMorning(WalkRank rank) => rank.Group == 0 && rank.Minutes < StartsIn;
}

internal sealed record WalkPending(WalkRank Rank, string VisitType, double Chance, double ArrivesIn, bool Taken);
