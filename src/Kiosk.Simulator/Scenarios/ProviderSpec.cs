namespace Kiosk.Simulator.Scenarios;

public sealed record ProviderSpec
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string TicketPrefix { get; init; }

    /// <summary>Scheduled hours, clinic-local; appointments are booked in slots between them.</summary>
    public required TimeOnly Start { get; init; }

    public required TimeOnly End { get; init; }
    public required int SlotMinutes { get; init; }

    /// <summary>Multiplies every true visit duration: 1.2 is a provider who takes 20% longer.</summary>
    public double Speed { get; init; } = 1.0;

    /// <summary>The visit types booked with this provider; all of them when absent.</summary>
    public IReadOnlyList<string>? VisitTypes { get; init; }

    /// <summary>Minutes after the scheduled start the provider really starts; negative draws are 0.</summary>
    public NormalSpec? LateStart { get; init; }

    public InterruptionSpec? Interruptions { get; init; }
    public LunchSpec? Lunch { get; init; }

    /// <summary>The provider goes home ill at this time, after the patient in the room.</summary>
    public TimeOnly? SickAt { get; init; }

    public bool Takes(string visitTypeId) => VisitTypes is null || VisitTypes.Contains(visitTypeId);
}

/// <summary>An urgent case or a long call: after the current patient, the provider is away for a while.</summary>
public sealed record InterruptionSpec
{
    public required double PerHour { get; init; }
    public required LogNormalSpec Duration { get; init; }
}

public sealed record LunchSpec
{
    public required TimeOnly At { get; init; }
    public required int Minutes { get; init; }

    /// <summary>Minutes beyond <see cref="Minutes"/>; negative draws are 0.</summary>
    public NormalSpec? Overrun { get; init; }
}
