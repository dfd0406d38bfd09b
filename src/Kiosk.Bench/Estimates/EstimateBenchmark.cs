using System.Collections.Concurrent;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
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
/// the scenario's simulated history, replayed through baselines A and B and ours.
/// </summary>
public static class EstimateBenchmark
{
    public const string PeopleAhead = "A";
    public const string RollingAverage = "B";
    public const string Ours = "ours";

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
            var history = new FixedHistory(ClinicHistory.Learn(ClinicSimulator.SimulateHistory(scenario.Scenario, day, seed).Select(d => d.Room)));
            var simulated = ClinicSimulator.Run(scenario.Scenario, day, seed);
            foreach (var (estimator, visits) in DayReplay.Run(simulated, Estimators(history, forecastRuns)))
            {
                var bag = scores.GetOrAdd((scenario.Name, estimator), _ => []);
                foreach (var v in visits)
                {
                    bag.Add(v);
                }
            }

            progress?.Invoke($"{scenario.Name} seed {seed}: {simulated.Visits.Count} visits");
        });

        return [.. scenarios.SelectMany(s => new[] { PeopleAhead, RollingAverage, Ours }
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
            var history = new FixedHistory(ClinicHistory.Learn(rooms.Take(i).TakeLast(LearnedDays)));
            foreach (var (estimator, visits) in DayReplay.Run(rooms[i], Estimators(history, forecastRuns)))
            {
                var bag = scores.GetOrAdd((export.Name, estimator), _ => []);
                foreach (var v in visits)
                {
                    bag.Add(v);
                }
            }

            progress?.Invoke($"{export.Name} {rooms[i].Day}: {rooms[i].Visits.Count} visits");
        });

        return [.. histories.SelectMany(h => new[] { PeopleAhead, RollingAverage, Ours }
            .Select(e => ScenarioResult.From(h.Name, e, [.. scores.GetValueOrDefault((h.Name, e)) ?? []], heldOut: false)))];
    }

    private static Dictionary<string, IWaitEstimator> Estimators(IClinicHistorySource history, int forecastRuns) => new()
    {
        [PeopleAhead] = new PeopleAheadTimesAverage(history),
        [RollingAverage] = new RollingAverageWait(),
        [Ours] = new SteadyEstimates(new CalibratedEstimates(new QueueForecastEstimator(history, forecastRuns))),
    };
}
