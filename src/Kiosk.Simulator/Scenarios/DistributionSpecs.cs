namespace Kiosk.Simulator.Scenarios;

/// <summary>A normal distribution in minutes; where a negative draw makes no sense it counts as 0.</summary>
public sealed record NormalSpec
{
    public required double Mean { get; init; }
    public required double Sd { get; init; }
}

/// <summary>A lognormal distribution in minutes: half the draws fall below the median; sigma is the spread of its logarithm.</summary>
public sealed record LogNormalSpec
{
    public required double Median { get; init; }
    public required double Sigma { get; init; }
}
