namespace Kiosk.Simulator.Scenarios;

public sealed record PatientSpec
{
    /// <summary>The share of slots booked, 0 to 1.</summary>
    public required double FillRate { get; init; }

    /// <summary>The chance that a booked slot gets a second patient at the same time, 0 to 1.</summary>
    public required double OverbookRate { get; init; }

    /// <summary>Minutes from the appointment time to arrival: negative is early.</summary>
    public required NormalSpec ArrivalOffset { get; init; }

    public required double NoShowRate { get; init; }

    /// <summary>Minutes a patient will wait past their appointment (walk-ins: past arrival) before leaving; absent means forever.</summary>
    public LogNormalSpec? Patience { get; init; }

    public WalkInSpec? WalkIns { get; init; }
}

public sealed record WalkInSpec
{
    /// <summary>Poisson arrivals per hour, while the walk-in providers are scheduled (until 30 minutes before the last one ends).</summary>
    public required double PerHour { get; init; }

    /// <summary>Windows with their own rate (a morning rush); <see cref="PerHour"/> holds outside them.</summary>
    public IReadOnlyList<WalkInRate>? Rates { get; init; }

    /// <summary>The arrival rate at a time of day.</summary>
    public double PerHourAt(TimeOnly time) => Rates?.FirstOrDefault(r => time >= r.From && time < r.To)?.PerHour ?? PerHour;

    /// <summary>Visit type id → relative share; every share must be positive.</summary>
    public required IReadOnlyDictionary<string, double> VisitTypes { get; init; }

    /// <summary>The providers who see walk-ins; each walk-in joins the shortest line among them.</summary>
    public required IReadOnlyList<string> Providers { get; init; }
}

/// <summary>Walk-ins per hour from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
public sealed record WalkInRate
{
    public required TimeOnly From { get; init; }
    public required TimeOnly To { get; init; }
    public required double PerHour { get; init; }
}
