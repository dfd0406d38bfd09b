using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Simulation;

/// <summary>Writes down every change as it is applied, for replay and for the tests.</summary>
internal sealed class DayLog(SimClock clock)
{
    private readonly List<SimulatedEvent> _events = [];
    private readonly List<SimulatedNoShow> _noShows = [];

    public IReadOnlyList<SimulatedEvent> Events => _events;
    public IReadOnlyList<SimulatedNoShow> NoShows => _noShows;

    public void Visit(SimulatedEventKind kind, Visit visit, long now, string? detail = null) =>
        _events.Add(new SimulatedEvent(clock.At(now), kind, visit.ProviderId, visit.Patient.DisplayName, visit.Ticket.Code, detail));

    public void NoShow(Visit visit, long now)
    {
        _noShows.Add(new SimulatedNoShow(visit, clock.At(now)));
        Visit(SimulatedEventKind.NoShow, visit, now);
    }

    public void Delay(string providerId, int minutes, string reason, long now) =>
        _events.Add(new SimulatedEvent(clock.At(now), SimulatedEventKind.ProviderDelaySet, providerId, Detail: $"{minutes} min: {reason}"));
}
