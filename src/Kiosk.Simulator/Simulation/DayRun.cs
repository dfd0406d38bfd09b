using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Simulation;

/// <summary>
/// One day, event by event. Every change goes through the domain at its simulated time, and a
/// free provider always calls <c>room.Queue(provider)[0]</c>: the clinic's calling policy is the domain's.
/// </summary>
internal sealed partial class DayRun
{
    private const string Kiosk = "kiosk";
    private const string Desk = "reception";

    private readonly Scenario _scenario;
    private readonly DateOnly _day;
    private readonly int _seed;
    private readonly int _dayOffset;
    private readonly Guid? _stays;
    private readonly SimClock _clock;
    private readonly WaitingRoomDay _room;
    private readonly DayLog _log;
    private readonly Reception _reception;
    private readonly EventQueue _queue = new();
    private readonly List<ProviderState> _providers;
    private readonly List<PlannedPatient> _patients;
    private readonly Dictionary<Guid, PlannedPatient> _patientByVisit = [];
    private long _now;
    private int _nextTakeover;

    /// <param name="dayOffset">Which of the scenario's events happen: 0 today's, -1 yesterday's.</param>
    /// <param name="stays">The check-in key of one patient who waits as long as it takes, whatever their patience.</param>
    public DayRun(Scenario scenario, DateOnly day, int seed, int dayOffset, Guid? stays = null)
    {
        (_scenario, _day, _seed, _dayOffset, _stays) = (scenario, day, seed, dayOffset, stays);
        var clinic = scenario.ToClinicProfile();
        _clock = new SimClock(clinic, day);
        var events = DayEvents.For(scenario, dayOffset);
        var planner = new DayPlanner(scenario with { Providers = events.Providers }, events.LateMinutes, day, _clock, new Random(seed));
        _providers = [.. events.Providers.Zip(planner.Providers(), (spec, plan) => (spec, plan)).Select((p, i) => new ProviderState(p.spec, p.plan, i))];
        var bookings = planner.Bookings();
        _patients = [.. bookings, .. planner.WalkIns()];
        _room = new WaitingRoomDay(clinic, day, bookings.Select(b => b.Booking!), [], new Dictionary<Guid, Guid>());
        _log = new DayLog(_clock);
        _reception = new Reception(_room, _clock, _log);
    }

    public SimulatedDay Run()
    {
        ScheduleTheDay();
        while (_queue.TryNext(out var e, out _now))
        {
            Handle(e);
        }

        var visits = _room.Visits
            .Where(v => v.ArrivedAt is not null)
            .OrderBy(v => v.ArrivedAt)
            .Select(v => new SimulatedVisit(v, _patientByVisit[v.Id].ServiceMinutes) { CheckInKey = _patientByVisit[v.Id].CheckInKey })
            .ToList();
        return new SimulatedDay(_scenario, _day, _seed, _dayOffset, _room, _log.Events, visits, _log.NoShows);
    }

    private void ScheduleTheDay()
    {
        for (var i = 0; i < _providers.Count; i++)
        {
            var (spec, plan) = (_providers[i].Spec, _providers[i].Plan);
            _queue.At(plan.ActualStart, new(EventKind.ProviderStarts, i));
            _queue.At(SimClock.Seconds(spec.Start) + Reception.FirstLateCheck, new(EventKind.LateCheck, i));
            if (plan.LunchAt is { } lunch)
            {
                _queue.At(lunch, new(EventKind.LunchDue, i));
            }

            for (var k = 0; k < plan.Interruptions.Count; k++)
            {
                _queue.At(plan.Interruptions[k].At, new(EventKind.InterruptionDue, i, k));
            }

            if (plan.SickAt is { } sick)
            {
                _queue.At(sick, new(EventKind.ProviderSick, i));
            }
        }

        for (var i = 0; i < _patients.Count; i++)
        {
            var patient = _patients[i];
            var kind = patient.Booking is null ? EventKind.WalkInArrival : patient.Shows ? EventKind.Arrival : EventKind.NoShowDue;
            _queue.At(patient.ArriveAt, new(kind, i));
        }
    }

    private void Handle(PendingEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.ProviderStarts: Start(_providers[e.Subject]); break;
            case EventKind.LateCheck: LateCheck(_providers[e.Subject], e.Subject); break;
            case EventKind.LunchDue: LunchDue(_providers[e.Subject]); break;
            case EventKind.InterruptionDue: Interrupt(_providers[e.Subject], e.Extra); break;
            case EventKind.AwayEnds: Free(_providers[e.Subject]); break;
            case EventKind.ProviderSick: FallSick(_providers[e.Subject]); break;
            case EventKind.EnterRoom: EnterRoom(_providers[e.Subject]); break;
            case EventKind.Complete: Complete(_providers[e.Subject]); break;
            case EventKind.Arrival: Arrive(_patients[e.Subject], e.Subject); break;
            case EventKind.WalkInArrival: WalkIn(_patients[e.Subject], e.Subject); break;
            case EventKind.NoShowDue: NoShow(_patients[e.Subject]); break;
            case EventKind.PatienceRunsOut: RunOutOfPatience(_patients[e.Subject]); break;
            default: throw new InvalidOperationException($"Unhandled event {e.Kind}.");
        }
    }

    private ProviderState ProviderOf(string id) => _providers.First(p => p.Id == id);

    private int IndexOf(ProviderState provider) => _providers.IndexOf(provider);
}
