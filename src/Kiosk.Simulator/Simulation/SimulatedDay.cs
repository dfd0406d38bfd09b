using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Simulation;

/// <summary>
/// One simulated clinic day. Replay it event by event: at each of <see cref="EventTimes"/>,
/// <c>Room.AsOf(t)</c> is what reception (and an estimator) knew then; <see cref="Visits"/>
/// holds the truth to score against.
/// </summary>
public sealed class SimulatedDay(
    Scenario scenario,
    DateOnly day,
    int seed,
    int dayOffset,
    WaitingRoomDay room,
    IReadOnlyList<SimulatedEvent> events,
    IReadOnlyList<SimulatedVisit> visits,
    IReadOnlyList<SimulatedNoShow> noShows)
{
    /// <summary>The scenario the day was simulated from (for a past day, the scenario's <see cref="Scenario.ForHistory"/>), before its events.</summary>
    public Scenario Scenario { get; } = scenario;
    public DateOnly Day { get; } = day;
    public int Seed { get; } = seed;

    /// <summary>0 for the day simulated as today, -N for the N-th day before it: which of the scenario's events happened.</summary>
    public int DayOffset { get; } = dayOffset;

    /// <summary>The waiting room at the end of the day, with every visit's full event history.</summary>
    public WaitingRoomDay Room { get; } = room;

    /// <summary>Everything that happened, in time order (ties in the order they were applied).</summary>
    public IReadOnlyList<SimulatedEvent> Events { get; } = events;

    /// <summary>The distinct times at which something changed, ascending.</summary>
    public IReadOnlyList<DateTimeOffset> EventTimes { get; } = [.. events.Select(e => e.At).Distinct()];

    /// <summary>Every patient who arrived (booked or walk-in), in arrival order; no-shows are in <see cref="NoShows"/>.</summary>
    public IReadOnlyList<SimulatedVisit> Visits { get; } = visits;

    /// <summary>Booked patients who never came, marked (<c>room.MarkNoShow</c>) half an hour after their appointment.</summary>
    public IReadOnlyList<SimulatedNoShow> NoShows { get; } = noShows;
}

public enum SimulatedEventKind
{
    Arrived,
    Called,
    InRoom,
    Done,
    NoShow,
    LeftWithoutBeingSeen,
    Moved,
    ProviderDelaySet,
}

/// <summary>One change; <see cref="Patient"/> and <see cref="TicketCode"/> are empty for a provider delay.</summary>
public sealed record SimulatedEvent(
    DateTimeOffset At,
    SimulatedEventKind Kind,
    string ProviderId,
    string? Patient = null,
    string? TicketCode = null,
    string? Detail = null);

/// <summary>An arrived patient's day, with the ground truth an estimate is scored against.</summary>
public sealed record SimulatedVisit(Visit Visit, double? ServiceMinutes)
{
    public Guid VisitId => Visit.Id;

    /// <summary>The key the kiosk checked them in with: the same patient on a replay of the same day.</summary>
    public Guid CheckInKey { get; init; }
    public Appointment Appointment => Visit.Appointment;
    public bool WalkIn => Visit.Appointment.WalkIn;
    public string BookedProviderId => Visit.Appointment.ProviderId;

    /// <summary>Who called them (or whose line they were in last).</summary>
    public string ProviderId => Visit.ProviderId;

    public bool Moved => ProviderId != BookedProviderId;
    public DateTimeOffset ArrivedAt => Visit.ArrivedAt!.Value;
    public DateTimeOffset? CalledAt => Visit.CalledAt;
    public bool LeftWithoutBeingSeen => Visit.State == VisitState.LeftWithoutBeingSeen;

    /// <summary>The true wait, arrival to call; null for a patient who left first.</summary>
    public double? WaitMinutes => CalledAt is { } called ? (called - ArrivedAt).TotalMinutes : null;
}

/// <summary>A booked patient who never came; <see cref="Visit"/> is the domain's record of it (state NoShow).</summary>
public sealed record SimulatedNoShow(Visit Visit, DateTimeOffset MarkedAt)
{
    public Appointment Appointment => Visit.Appointment;
}
