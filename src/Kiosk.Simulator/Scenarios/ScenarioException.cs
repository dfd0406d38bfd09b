namespace Kiosk.Simulator.Scenarios;

/// <summary>A scenario file that cannot be used; every problem names the field it is about.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string source, IReadOnlyList<string> problems)
        : base($"{source}: {string.Join("; ", problems)}")
    {
        Source = source;
        Problems = problems;
    }

    public ScenarioException()
        : this("scenario", [])
    {
    }

    public ScenarioException(string message)
        : this("scenario", [message])
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Each problem starts with the JSON path of the field, e.g. "providers[lee].end".</summary>
    public IReadOnlyList<string> Problems { get; }
}
