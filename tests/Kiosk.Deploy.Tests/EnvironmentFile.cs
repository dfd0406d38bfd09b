namespace Kiosk.Deploy.Tests;

/// <summary>A systemd EnvironmentFile (hub.env, kiosk.env) read as systemd reads ours: KEY=VALUE lines, # comments.</summary>
public static class EnvironmentFile
{
    public static Dictionary<string, string> Read(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
}
