namespace Kiosk.Simulator.Scenarios;

/// <summary>
/// Something that happens to one provider on one day only. <see cref="Day"/> 0 is the day
/// simulated as today, -1 the day before; history days are simulated with their own offset.
/// </summary>
public sealed record DayEventSpec
{
    public required int Day { get; init; }
    public required string Provider { get; init; }

    /// <summary>"late", "locum" or "sick"; see <see cref="DayEventKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>late: the provider starts exactly this many minutes late, instead of their lateStart.</summary>
    public double? Minutes { get; init; }

    /// <summary>locum: someone else works the list, taking true durations × this instead of the provider's speed.</summary>
    public double? Speed { get; init; }

    /// <summary>sick: the provider goes home ill at this time, after the patient in the room.</summary>
    public TimeOnly? At { get; init; }
}

public static class DayEventKinds
{
    public const string Late = "late";
    public const string Locum = "locum";
    public const string Sick = "sick";

    public static IReadOnlyList<string> All { get; } = [Late, Locum, Sick];
}
