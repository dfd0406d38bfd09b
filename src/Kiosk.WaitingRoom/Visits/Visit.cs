using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Visits;

/// <summary>
/// One patient's visit today. It refuses transitions that make no sense, and records every
/// transition it accepts as an event.
/// </summary>
public sealed class Visit
{
    private static readonly Dictionary<VisitEventKind, (VisitState[] From, VisitState To)> Transitions = new()
    {
        [VisitEventKind.Arrived] = ([VisitState.Expected], VisitState.Arrived),
        [VisitEventKind.Called] = ([VisitState.Arrived], VisitState.Called),
        [VisitEventKind.InRoom] = ([VisitState.Called], VisitState.InRoom),
        [VisitEventKind.Done] = ([VisitState.InRoom], VisitState.Done),
        [VisitEventKind.NoShow] = ([VisitState.Expected, VisitState.Called], VisitState.NoShow),
        [VisitEventKind.LeftWithoutBeingSeen] = ([VisitState.Arrived, VisitState.Called], VisitState.LeftWithoutBeingSeen),
        [VisitEventKind.Cancelled] = ([VisitState.Expected, VisitState.Arrived], VisitState.Cancelled),
    };

    private static readonly VisitState[] Movable = [VisitState.Expected, VisitState.Arrived];

    /// <summary>What a desk may take back; a check-in is the patient's, not the desk's.</summary>
    private static readonly VisitEventKind[] Undoable =
    [
        VisitEventKind.Called, VisitEventKind.InRoom, VisitEventKind.Done, VisitEventKind.NoShow,
        VisitEventKind.LeftWithoutBeingSeen, VisitEventKind.Moved,
    ];

    private readonly List<VisitEvent> _events = [];
    private readonly List<VisitEvent> _trail = [];
    private string? _movedTo;
    private int _stored;

    public Visit(VisitTicket ticket, Appointment appointment)
    {
        Ticket = ticket;
        Appointment = appointment;
    }

    public Guid Id => Ticket.VisitId;
    public VisitTicket Ticket { get; }
    public Appointment Appointment { get; }
    public string ProviderId => _movedTo ?? Appointment.ProviderId;
    public PatientIdentity Patient => Appointment.Patient;
    public VisitState State { get; private set; } = VisitState.Expected;
    /// <summary>The events in effect, oldest first: what happened, less anything undone.</summary>
    public IReadOnlyList<VisitEvent> Events => _events;

    /// <summary>Every event as recorded, undos and what they undid included: the audit trail.</summary>
    public IReadOnlyList<VisitEvent> Trail => _trail;

    /// <summary>False for a visit made since the day was loaded: the store has never seen it.</summary>
    public bool IsStored { get; private set; }

    /// <summary>The events recorded since the visit was loaded (or last stored): what the store has yet to write.</summary>
    public IReadOnlyList<VisitEvent> Unstored => _trail[_stored..];

    /// <summary>The store wrote everything recorded so far.</summary>
    public void MarkStored() => (_stored, IsStored) = (_trail.Count, true);
    public string? Room { get; private set; }

    public DateTimeOffset? ArrivedAt => At(VisitEventKind.Arrived);
    public DateTimeOffset? CalledAt => At(VisitEventKind.Called);
    public DateTimeOffset? InRoomAt => At(VisitEventKind.InRoom);
    public DateTimeOffset? DoneAt => At(VisitEventKind.Done);

    /// <summary>The wait the clinic measures: from checking in to being called. Null until both happened.</summary>
    public TimeSpan? Waited => CalledAt - ArrivedAt;

    /// <summary>Time with the provider: from going into the room to done. Null until both happened.</summary>
    public TimeSpan? WithProvider => DoneAt - InRoomAt;

    public bool IsWaiting => State == VisitState.Arrived;

    /// <summary>Nothing more will happen in this visit: seen, or gone.</summary>
    public bool IsClosed => State is VisitState.Done or VisitState.NoShow or VisitState.LeftWithoutBeingSeen or VisitState.Cancelled;

    public VisitEvent Arrive(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.Arrived, at, by));

    public VisitEvent Call(string room, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(room);
        return Apply(new VisitEvent(VisitEventKind.Called, at, by, room.Trim()));
    }

    public VisitEvent EnterRoom(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.InRoom, at, by, Room));

    public VisitEvent Complete(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.Done, at, by));

    public VisitEvent MarkNoShow(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.NoShow, at, by));

    public VisitEvent MarkLeft(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.LeftWithoutBeingSeen, at, by));

    public VisitEvent Cancel(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.Cancelled, at, by));

    /// <summary>Into another provider's queue, keeping the place the appointment time gives.</summary>
    public VisitEvent MoveTo(string providerId, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerId);
        return Apply(new VisitEvent(VisitEventKind.Moved, at, by, ToProvider: providerId));
    }

    /// <summary>Whether <see cref="Undo"/> would be accepted now: the last event in effect is a desk action. Pages offer Undo only then.</summary>
    public bool CanUndo => _events.Count > 0 && Undoable.Contains(_events[^1].Kind);

    /// <summary>Takes back the last desk action (a call to the wrong patient, a no-show marked too soon).</summary>
    public VisitEvent Undo(string by, DateTimeOffset at) => Apply(new VisitEvent(VisitEventKind.Undone, at, by));

    /// <summary>
    /// The same visit as a separate object, to be changed without changing this one: the hub changes a
    /// copy of the room it last committed while pages still read the original. Nothing is replayed.
    /// </summary>
    public Visit Copy()
    {
        var copy = new Visit(Ticket, Appointment) { State = State, IsStored = IsStored, Room = Room };
        copy._events.AddRange(_events);
        copy._trail.AddRange(_trail);
        copy._movedTo = _movedTo;
        copy._stored = _stored;
        return copy;
    }

    /// <summary>Rebuilds a stored visit by replaying its events (its trail) through the same rules.</summary>
    public static Visit Restore(VisitTicket ticket, Appointment appointment, IEnumerable<VisitEvent> events)
    {
        var visit = new Visit(ticket, appointment);
        foreach (var e in events.OrderBy(e => e.At))
        {
            visit.Apply(e);
        }

        visit.MarkStored();
        return visit;
    }

    private VisitEvent Apply(VisitEvent e)
    {
        if (e.Kind == VisitEventKind.Undone)
        {
            if (!CanUndo)
            {
                throw new VisitTransitionException(State, e.Kind);
            }

            var kept = _events[..^1];
            _events.Clear();
            (State, Room, _movedTo) = (VisitState.Expected, null, null);
            foreach (var k in kept)
            {
                Take(k);
            }
        }
        else
        {
            Take(e);
        }

        _trail.Add(e);
        return e;
    }

    private void Take(VisitEvent e)
    {
        if (e.Kind == VisitEventKind.Moved)
        {
            if (!Movable.Contains(State) || e.ToProvider is null)
            {
                throw new VisitTransitionException(State, e.Kind);
            }

            _movedTo = e.ToProvider;
            _events.Add(e);
            return;
        }

        var (from, to) = Transitions[e.Kind];
        if (!from.Contains(State))
        {
            throw new VisitTransitionException(State, e.Kind);
        }

        State = to;
        if (e.Room is not null)
        {
            Room = e.Room;
        }

        _events.Add(e);
    }

    private DateTimeOffset? At(VisitEventKind kind) => _events.LastOrDefault(e => e.Kind == kind)?.At;
}
