using System.Diagnostics;
using Kiosk.Bench.Estimates;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Bench.Restart;

/// <summary>
/// What the hub's first read after a restart costs its estimator: learning the past days, then
/// the first estimate of a fresh estimator part-way through a busy simulated day (the calibrator
/// catches up on the day so far), timed phase by phase. The database reads are not in it.
/// </summary>
public static class RestartBench
{
    private const string DefaultScenario = "kiosk-content/scenarios/mixed-visit-types.json";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string scenarioPath = DefaultScenario, output = "docs/benchmarks/restart.md";
        var at = new TimeOnly(16, 30);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scenario": scenarioPath = Value(); break;
                case "--at": at = TimeOnly.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": output = Value(); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        var scenario = ScenarioLoader.Load(scenarioPath);
        var day = ClinicSimulator.DefaultDay;
        var past = ClinicSimulator.SimulateHistory(scenario, day, seed: 1, days: EstimateBenchmark.LearnedDays);
        var today = ClinicSimulator.Run(scenario, day, seed: 1);
        var now = today.Room.Clinic.At(day, at);
        var room = today.Room.AsOf(now);
        var arrived = room.Visits.Count(v => v.ArrivedAt is not null);

        var clock = Stopwatch.StartNew();
        var history = new FixedHistory(ClinicHistory.Learn(past.Select(d => d.Room)));
        var learn = clock.Elapsed;

        clock.Restart();
        new QueueForecastEstimator(history).Estimate(room, now);
        var oneForecast = clock.Elapsed;

        clock.Restart();
        var cold = new CalibratedEstimates(new QueueForecastEstimator(history));
        var before = new SteadyEstimates(cold).Estimate(room, now);
        var recomputed = clock.Elapsed;

        // What the hub keeps in its database as the day goes: every first range the calibrator saw.
        var kept = cold.TakeNew().Where(f => f.Day == day).ToDictionary(f => f.Visit, f => f.First);
        clock.Restart();
        var warm = new CalibratedEstimates(new QueueForecastEstimator(history));
        warm.Recall(day, kept);
        var estimator = new SteadyEstimates(warm);
        var after = estimator.Estimate(room, now);
        var recalled = clock.Elapsed;

        clock.Restart();
        estimator.Estimate(room, now.AddSeconds(1));
        var next = clock.Elapsed;

        var same = before.Count == after.Count && before.All(b => after.TryGetValue(b.Key, out var a)
            && (a.LowMinutes, a.LikelyMinutes, a.HighMinutes) == (b.Value.LowMinutes, b.Value.LikelyMinutes, b.Value.HighMinutes));
        var rows = new (string Phase, TimeSpan Took)[]
        {
            ("learn 28 past days (ClinicHistory.Learn)", learn),
            ("one forecast of the room (every provider)", oneForecast),
            ("first estimate after a restart, first ranges forecast again (before)", recomputed),
            ("first estimate after a restart, first ranges recalled (after)", recalled),
            ("the next estimate", next),
        };
        foreach (var (phase, took) in rows)
        {
            Console.WriteLine($"{phase,-68} {took.TotalMilliseconds,10:0} ms");
        }

        Console.WriteLine($"{arrived} arrivals by {at:HH:mm}, {after.Count} waiting with an estimate; the same ranges both ways: {(same ? "yes" : "NO")}.");
        await File.WriteAllTextAsync(output, Markdown(scenarioPath, at, arrived, after.Count, same, rows));
        Console.WriteLine($"Wrote {output}.");
        return 0;
    }

    private static string Markdown(string scenario, TimeOnly at, int arrived, int waiting, bool same, (string Phase, TimeSpan Took)[] rows) => $"""
        # The first read after a restart

        `./kiosk bench restart` — {Machine.Describe()}.

        Scenario `{scenario}`, {EstimateBenchmark.LearnedDays} simulated past days, the hub restarted at {at:HH:mm} with
        {arrived} arrivals so far and {waiting} waiting. Each phase timed once with a Stopwatch (Release build).
        The ranges told after both restarts are {(same ? "identical" : "NOT identical")}.

        | Phase | ms |
        |---|---:|
        {string.Join("\n", rows.Select(r => $"| {r.Phase} | {r.Took.TotalMilliseconds:0} |"))}

        """;
}
