namespace Kiosk.Deploy.Tests;

/// <summary>The repository this test was built from, and its deploy/ folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    /// <summary>Files under deploy/ ending in one of the extensions, as paths relative to the repository (stable test names).</summary>
    public static IEnumerable<string> DeployFiles(params string[] extensions) =>
        Directory.Exists(Deploy)
            ? Directory.EnumerateFiles(Deploy, "*", SearchOption.AllDirectories)
                .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
                .Select(f => Path.GetRelativePath(Root, f))
                .Order(StringComparer.Ordinal)
            : [];

    public static string Full(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kiosk.sln not found above the test's folder.");
    }
}
