namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>
/// A `systemctl` for a test's PATH: answers is-active and show from what the test says about each unit, and
/// writes every other call (restart, …) to a file the test reads back.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FakeSystemctl : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fake-systemctl-");

    /// <param name="states">Each unit's ActiveState (is-active prints it; exit 0 only for "active").</param>
    /// <param name="upFor">How long each unit has been active, as ActiveEnterTimestampMonotonic against /proc/uptime.</param>
    public FakeSystemctl(IReadOnlyDictionary<string, string> states, IReadOnlyDictionary<string, TimeSpan> upFor)
    {
        var uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<string> { "#!/bin/bash", $"echo \"$*\" >> '{CallsFile}'", "case \"$*\" in" };
        foreach (var (unit, state) in states)
        {
            lines.Add($"  'is-active {unit}') echo {state}; [[ {state} == active ]]; exit ;;");
        }

        foreach (var (unit, up) in upFor)
        {
            lines.Add($"  'show --property=ActiveEnterTimestampMonotonic --value {unit}') echo {(long)((uptime - up.TotalSeconds) * 1_000_000)}; exit 0 ;;");
        }

        lines.Add("  is-active*) echo inactive; exit 3 ;;");
        lines.Add("esac");
        File.WriteAllLines(Program, lines);
        File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Folder => _folder.FullName;

    public string Program => Path.Combine(Folder, "systemctl");

    private string CallsFile => Path.Combine(Folder, "calls");

    /// <summary>The calls that change something: restarts, starts, stops.</summary>
    public IReadOnlyList<string> Changes =>
        File.Exists(CallsFile)
            ? [.. File.ReadAllLines(CallsFile).Where(c => !c.StartsWith("is-active", StringComparison.Ordinal) && !c.StartsWith("show", StringComparison.Ordinal))]
            : [];

    public void Dispose() => _folder.Delete(recursive: true);
}
