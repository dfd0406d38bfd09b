using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kiosk.Simulator.Scenarios;

/// <summary>Reads and validates scenario files; a file that loads is safe to simulate.</summary>
public static class ScenarioLoader
{
    public static Scenario Load(string path)
    {
        var text = File.ReadAllText(path);
        return Parse(text, Path.GetFileName(path), Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>All the .json scenario files directly in a folder, by name.</summary>
    public static IReadOnlyList<Scenario> LoadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <param name="json">The file's text.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <param name="defaultName">The name when the file gives none.</param>
    /// <param name="folder">Where a file named by <c>history.scenario</c> is looked for; the current directory when not given.</param>
    public static Scenario Parse(string json, string source = "scenario", string defaultName = "scenario", string? folder = null)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(json, ScenarioJson.Options);
        }
        catch (JsonException e)
        {
            throw new ScenarioException(source, [Describe(e)]);
        }

        if (scenario is null)
        {
            throw new ScenarioException(source, ["$: the file holds null, not a scenario."]);
        }

        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            scenario = scenario with { Name = defaultName };
        }

        var problems = new List<string>();
        if (scenario.History is { } history)
        {
            scenario = scenario with { Past = HistoryScenario.Build(scenario, history, json, folder ?? Directory.GetCurrentDirectory(), problems) };
        }

        problems.InsertRange(0, ScenarioValidator.Problems(scenario));
        return problems.Count == 0 ? scenario : throw new ScenarioException(source, problems);
    }

    /// <param name="withLine">False for JSON that was not read from text as written (the past days' patched scenario).</param>
    internal static string Describe(JsonException e, bool withLine = true)
    {
        var path = e.Path is { Length: > 0 } p ? p.TrimStart('$').TrimStart('.') : "";
        var where = withLine && e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
        return $"{(path.Length > 0 ? path : "$")}: {Plain(e.Message.Split(" Path: ", 2)[0])}{where}";
    }

    /// <summary>The serializer's words, without .NET type names, for people editing a scenario.</summary>
    private static string Plain(string message) => message switch
    {
        _ when Match(message, "The JSON property '(.+?)' could not be mapped") is { } name => $"unknown property '{name}' (check its spelling against docs/simulator.md).",
        _ when Match(message, "missing required properties including: (.+)\\.$") is { } names => $"missing required property {names}.",
        _ when Match(message, "The property or field '(.+?)' .* doesn't allow setting null") is { } name => $"'{name}' must not be null.",
        _ when Match(message, "could not be converted to System\\.(Double|Int32)") is { } type => type == "Int32" ? "expected a whole number." : "expected a number.",
        _ when Match(message, "could not be converted to System\\.(String|Collections.*)") is not null => "expected text, a list or an object here, of the documented shape.",
        _ => message,
    };

    private static string? Match(string message, string pattern) =>
        Regex.Match(message, pattern) is { Success: true } m ? m.Groups[1].Value : null;
}
