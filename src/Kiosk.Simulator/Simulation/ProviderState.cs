using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Simulation;

internal enum ProviderStatus
{
    NotStarted,
    Free,
    WithPatient,
    Away,
    Gone,
}

/// <summary>Where one provider is in their day.</summary>
internal sealed class ProviderState(ProviderSpec spec, ProviderPlan plan, int index)
{
    public ProviderSpec Spec { get; } = spec;
    public ProviderPlan Plan { get; } = plan;
    public string Id => Spec.Id;
    public string Room { get; } = $"Room {index + 1}";
    public ProviderStatus Status { get; set; } = ProviderStatus.NotStarted;
    public PlannedPatient? Current { get; set; }
    public bool LunchDue { get; set; }
    public bool LunchTaken { get; set; }
    public bool Sick { get; set; }

    /// <summary>Interruptions that came while the provider was busy, in seconds away, first come first.</summary>
    public Queue<long> PendingInterruptions { get; } = new();

    /// <summary>The delay reception last announced for this provider, in minutes.</summary>
    public int SaidDelay { get; set; }
}
