namespace Kiosk.Simulator.Simulation;

internal enum EventKind
{
    ProviderStarts,
    LateCheck,
    LunchDue,
    InterruptionDue,
    AwayEnds,
    ProviderSick,
    EnterRoom,
    Complete,
    Arrival,
    WalkInArrival,
    NoShowDue,
    PatienceRunsOut,
}

/// <param name="Subject">A provider index or a patient index, by kind.</param>
/// <param name="Extra">The interruption's index, for <see cref="EventKind.InterruptionDue"/>.</param>
internal readonly record struct PendingEvent(EventKind Kind, int Subject, int Extra = 0);

/// <summary>Timed events in seconds since local midnight; ties go in the order they were scheduled.</summary>
internal sealed class EventQueue
{
    private readonly PriorityQueue<PendingEvent, (long At, long Sequence)> _queue = new();
    private long _sequence;

    public void At(long seconds, PendingEvent e) => _queue.Enqueue(e, (seconds, _sequence++));

    public bool TryNext(out PendingEvent e, out long seconds)
    {
        var found = _queue.TryDequeue(out e, out var priority);
        seconds = priority.At;
        return found;
    }
}
