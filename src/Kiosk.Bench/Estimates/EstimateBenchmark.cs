using System.Collections.Concurrent;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Estimates.Baselines;

namespace Kiosk.Bench.Estimates;

/// <summary>A scenario to run and whether it is one of the held-out clinics nobody tunes against.</summary>
public sealed record BenchmarkScenario(string Name, Scenario Scenario, bool HeldOut);

/// <summary>
/// The estimates benchmark: each scenario over several seeds, each seed a simulated day after
/// the scenario's simulated history, replayed through baselines A and B and ours.
/// </summary>
public static class EstimateBenchmark
{
    public const string PeopleAhead = "A";
    public const string RollingAverage = "B";
    public const string Ours = "ours";

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
            var estimators = new Dictionary<string, IWaitEstimator>
            {
                [PeopleAhead] = new PeopleAheadTimesAverage(history),
                [RollingAverage] = new RollingAverageWait(),
                [Ours] = new SteadyEstimates(new QueueForecastEstimator(history, forecastRuns)),
            };
            foreach (var (estimator, visits) in DayReplay.Run(simulated, estimators))
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
}
