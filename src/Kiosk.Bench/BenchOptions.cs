using Kiosk.Bench.Estimates;
using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom.History;

namespace Kiosk.Bench;

/// <summary>
/// The benchmark's command line. With no --scenario or --history it runs every shipped scenario
/// and the held-out set and rewrites docs/benchmarks/estimates.md; otherwise it runs just those
/// scenario files and hub history exports.
/// </summary>
public sealed record BenchOptions(IReadOnlyList<BenchmarkScenario> Scenarios, IReadOnlyList<BenchmarkHistory> Histories, int Seeds, string Out, string Doc, bool WriteDoc, int ForecastRuns, string Command)
{
    private const string ScenarioFolder = "kiosk-content/scenarios";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        var histories = new List<BenchmarkHistory>();
        int seeds = 5, runs = 200;
        var output = "docs/benchmarks/estimates.json";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scenario": files.Add(Value()); break;
                case "--history": histories.Add(LoadHistory(Value())); break;
                case "--seeds": seeds = PositiveNumber("--seeds", Value()); break;
                case "--runs": runs = PositiveNumber("--runs", Value()); break;
                case "--out": output = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        var chosen = files.Count > 0 || histories.Count > 0;
        var scenarios = chosen
            ? files.Select(f => Load(f, heldOut: false)).ToList()
            : [.. Directory.GetFiles(ScenarioFolder, "*.json").Order().Select(f => Load(f, false)),
               .. Directory.GetFiles(Path.Combine(ScenarioFolder, "held-out"), "*.json").Order().Select(f => Load(f, true))];
        var command = "./kiosk bench estimates" + (args.Count > 0 ? " " + string.Join(' ', args) : "");
        return new BenchOptions(scenarios, histories, seeds, output, "docs/benchmarks/estimates.md", !chosen, runs, command);
    }

    private static BenchmarkScenario Load(string path, bool heldOut)
    {
        try
        {
            return new BenchmarkScenario(Path.GetFileNameWithoutExtension(path), ScenarioLoader.Load(path), heldOut);
        }
        catch (Exception e) when (e is ScenarioException or IOException)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }

    private static BenchmarkHistory LoadHistory(string path)
    {
        try
        {
            return new BenchmarkHistory("history:" + Path.GetFileNameWithoutExtension(path), HistoryExport.Parse(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }

    private static int PositiveNumber(string option, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{option} takes a whole number above zero, not '{value}'.");
}
