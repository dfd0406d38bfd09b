using Kiosk.Simulator.Randomness;
using Kiosk.Simulator.Scenarios;

namespace Kiosk.Simulator.Simulation;

/// <summary>Seeded, deterministic clinic days: the same scenario, day and seed give the same day.</summary>
public static class ClinicSimulator
{
    /// <summary>A Monday, for callers with no reason to pick another day.</summary>
    public static DateOnly DefaultDay { get; } = new(2026, 3, 2);

    /// <summary>
    /// One day of <paramref name="scenario"/>'s parameters, with its events of day
    /// <paramref name="dayOffset"/>: 0 (the default) is today, -N the N-th day before it. This
    /// simulates the parameters it is given; for a past day of a scenario whose history differs,
    /// pass <see cref="Scenario.ForHistory"/>, as <see cref="SimulateHistory"/> does.
    /// </summary>
    public static SimulatedDay Run(Scenario scenario, DateOnly day, int seed, int dayOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new DayRun(scenario, day, seed, dayOffset).Run();
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

        var stayed = new DayRun(day.Scenario, day.Day, day.Seed, day.DayOffset, leaver.CheckInKey).Run();
        return stayed.Visits.Single(v => v.CheckInKey == leaver.CheckInKey).WaitMinutes;
    }

    /// <summary>
    /// The clinic's earlier days to learn from, oldest first: the <paramref name="days"/> days
    /// before <paramref name="day"/> (the scenario's <see cref="Scenario.HistoryDays"/> when not
    /// given), each with its own seed derived from <paramref name="seed"/>, simulated from the
    /// scenario's <see cref="Scenario.ForHistory"/> with the events of its day offset (-N for N days back).
    /// </summary>
    public static IReadOnlyList<SimulatedDay> SimulateHistory(Scenario scenario, DateOnly day, int seed, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var count = days ?? scenario.HistoryDays;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var past = scenario.ForHistory();
        return [.. Enumerable.Range(1, count).Reverse().Select(back => Run(past, day.AddDays(-back), Seeds.Derive(seed, back), dayOffset: -back))];
    }
}
