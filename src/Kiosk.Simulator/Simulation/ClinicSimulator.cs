using Kiosk.Simulator.Randomness;
using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Simulation;

/// <summary>Seeded, deterministic clinic days: the same scenario, day and seed give the same day.</summary>
public static class ClinicSimulator
{
    /// <summary>A Monday, for callers with no reason to pick another day.</summary>
    public static DateOnly DefaultDay { get; } = new(2026, 3, 2);

    public static SimulatedDay Run(Scenario scenario, DateOnly day, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new DayRun(scenario, day, seed).Run();
    }

    /// <summary>
    /// How long a patient who gave up would have waited had they stayed: the same day run again,
    /// every draw the same, with only that patient waiting as long as it takes. Null for a patient
    /// who did not give up, or who would still not have been called by the end of the day.
    /// </summary>
    public static double? WaitIfStayed(SimulatedDay day, SimulatedVisit leaver)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(leaver);
        if (!leaver.LeftWithoutBeingSeen)
        {
            return null;
        }

        var stayed = new DayRun(day.Scenario, day.Day, day.Seed, leaver.CheckInKey).Run();
        return stayed.Visits.Single(v => v.CheckInKey == leaver.CheckInKey).WaitMinutes;
    }

    /// <summary>
    /// The clinic's earlier days to learn from, oldest first: the <paramref name="days"/> days
    /// before <paramref name="day"/> (the scenario's <see cref="Scenario.HistoryDays"/> when not
    /// given), each with its own seed derived from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<SimulatedDay> SimulateHistory(Scenario scenario, DateOnly day, int seed, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var count = days ?? scenario.HistoryDays;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Enumerable.Range(1, count).Reverse().Select(back => Run(scenario, day.AddDays(-back), Seeds.Derive(seed, back)))];
    }
}
