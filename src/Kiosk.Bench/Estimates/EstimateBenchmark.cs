using System.Collections.Concurrent;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.History;
using Kiosk.WaitingRoom.Estimates.Baselines;

namespace Kiosk.Bench.Estimates;

/// <summary>A scenario to run and whether it is one of the held-out clinics nobody tunes against.</summary>
public sealed record BenchmarkScenario(string Name, Scenario Scenario, bool HeldOut);

/// <summary>A clinic's real days, exported from its hub.</summary>
public sealed record BenchmarkHistory(string Name, HistoryExport Export);

/// <summary>
/// The estimates benchmark: each scenario over several seeds, each seed a simulated day after
/// the scenario's simulated history, replayed through baselines A, B and C and ours.
/// </summary>
public static class EstimateBenchmark
{
    public const string PeopleAhead = "A";
    public const string RollingAverage = "B";
    public const string CompetitorWalk = "C";
    public const string Ours = "ours";

    /// <summary>Every estimator, in the order rows, columns and bars show them.</summary>
    public static IReadOnlyList<string> Names { get; } = [PeopleAhead, RollingAverage, CompetitorWalk, Ours];

    /// <summary>How many past days the hub learns from (see the hub's LearnedHistory).</summary>
    public const int LearnedDays = 28;

    public static IReadOnlyList<ScenarioResult> Run(IReadOnlyList<BenchmarkScenario> scenarios, int seeds, int forecastRuns, Action<string>? progress = null)
    {
        var scores = new ConcurrentDictionary<(string Scenario, string Estimator), ConcurrentBag<VisitScore>>();
        var work = scenarios.SelectMany(s => Enumerable.Range(1, seeds).Select(seed => (s, seed))).ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var (scenario, seed) = item;
            var day = ClinicSimulator.DefaultDay;
            var past = ClinicSimulator.SimulateHistory(scenario.Scenario, day, seed).Select(d => d.Room).ToList();
            var simulated = ClinicSimulator.Run(scenario.Scenario, day, seed);
            foreach (var (estimator, visits) in DayReplay.Run(simulated, Estimators(past, forecastRuns, day)))
            {
                var bag = scores.GetOrAdd((scenario.Name, estimator), _ => []);
                foreach (var v in visits)
                {
                    bag.Add(v);
                }
            }

            progress?.Invoke($"{scenario.Name} seed {seed}: {simulated.Visits.Count} visits");
        });

        return [.. scenarios.SelectMany(s => Names
            .Select(e => ScenarioResult.From(s.Name, e, [.. scores.GetValueOrDefault((s.Name, e)) ?? []], s.HeldOut)))];
    }

    /// <summary>
    /// Every day of each export replayed as the hub lived it: the estimators learn from the
    /// (at most 28) days before it, as the hub does, and a first day starts cold.
    /// </summary>
    public static IReadOnlyList<ScenarioResult> Run(IReadOnlyList<BenchmarkHistory> histories, int forecastRuns, Action<string>? progress = null)
    {
        var scores = new ConcurrentDictionary<(string History, string Estimator), ConcurrentBag<VisitScore>>();
        var work = histories
            .Select(h => (h, rooms: h.Export.Rooms()))
            .SelectMany(x => Enumerable.Range(0, x.rooms.Count).Select(i => (x.h, x.rooms, i)))
            .ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var (export, rooms, i) = item;
            var past = rooms.Take(i).TakeLast(LearnedDays).ToList();
            foreach (var (estimator, visits) in DayReplay.Run(rooms[i], Estimators(past, forecastRuns, rooms[i].Day)))
            {
                var bag = scores.GetOrAdd((export.Name, estimator), _ => []);
                foreach (var v in visits)
                {
                    bag.Add(v);
                }
            }

            progress?.Invoke($"{export.Name} {rooms[i].Day}: {rooms[i].Visits.Count} visits");
        });

        return [.. histories.SelectMany(h => Names
            .Select(e => ScenarioResult.From(h.Name, e, [.. scores.GetValueOrDefault((h.Name, e)) ?? []], heldOut: false)))];
    }

    /// <summary>
    /// The estimators for one day, all learning from the same <paramref name="past"/>. C is wrapped
    /// in the same calibration and steady promises as ours, so the two differ only in the forecast;
    /// both calibrators start the day primed with the latest past day's first ranges, as the hub's
    /// is from the ranges it kept (forecast here from the days before that one, as the hub would have).
    /// </summary>
    private static Dictionary<string, IWaitEstimator> Estimators(List<WaitingRoomDay> past, int forecastRuns, DateOnly today)
    {
        var history = new FixedHistory(ClinicHistory.Learn(past));
        var competitor = new CalibratedEstimates(new QueueWalk(history, WalkResiduals.Learn(past)));
        var ours = new CalibratedEstimates(new QueueForecastEstimator(history, forecastRuns));
        if (past.Count >= 2)
        {
            var (before, latest) = (past.Take(past.Count - 1).ToList(), past[^1]);
            var then = new FixedHistory(ClinicHistory.Learn(before));
            competitor.Prime(today, Yesterday(new QueueWalk(then, WalkResiduals.Learn(before)), latest));
            ours.Prime(today, Yesterday(new QueueForecastEstimator(then, forecastRuns), latest));
        }

        return new()
        {
            [PeopleAhead] = new PeopleAheadTimesAverage(history),
            [RollingAverage] = new RollingAverageWait(),
            [CompetitorWalk] = new SteadyEstimates(competitor),
            [Ours] = new SteadyEstimates(ours),
        };
    }

    private static List<(WaitEstimate Told, double Waited)> Yesterday(IWaitEstimator inner, WaitingRoomDay day) =>
        [.. CalibratedEstimates.Scored(day, CalibratedEstimates.FirstRanges(inner, day, DateTimeOffset.MaxValue))];
}
