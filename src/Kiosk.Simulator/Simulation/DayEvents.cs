using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Simulation;

/// <summary>A scenario's providers as they work on one day, its events for that day applied.</summary>
internal sealed record DayEvents(IReadOnlyList<ProviderSpec> Providers, IReadOnlyDictionary<string, double> LateMinutes)
{
    /// <param name="dayOffset">0 for today, -1 for the day before, and so on.</param>
    public static DayEvents For(Scenario scenario, int dayOffset)
    {
        var events = (scenario.Events ?? []).Where(e => e.Day == dayOffset).ToList();
        var providers = scenario.Providers.Select(p => events.Where(e => e.Provider == p.Id).Aggregate(p, Apply)).ToList();
        var late = events.Where(e => e.Kind == DayEventKinds.Late).ToDictionary(e => e.Provider, e => e.Minutes!.Value);
        return new DayEvents(providers, late);
    }

    /// <summary>A late start is not a change to the provider: their lateStart is still drawn, so the rest of the day draws the same.</summary>
    private static ProviderSpec Apply(ProviderSpec provider, DayEventSpec e) => e.Kind switch
    {
        DayEventKinds.Locum => provider with { Speed = e.Speed!.Value },
        DayEventKinds.Sick => provider with { SickAt = e.At!.Value },
        _ => provider,
    };
}
