using System.Reflection;

namespace Kiosk.Bench.Hub;

/// <summary>
/// Where the hub's project and its build are, wherever the benchmark runs from (the repository's root under ./kiosk bench,
/// a test's output folder under ./kiosk test): the folder with Kiosk.sln above the current directory or this program.
/// The hub's build is the one made with this program's, Release under ./kiosk bench.
/// </summary>
public static class HubBuild
{
    public static string Root { get; } = FindRoot();

    /// <summary>src/Kiosk.Hub: the hub's content root (appsettings.json, wwwroot, the words).</summary>
    public static string ProjectFolder => Path.Combine(Root, "src", "Kiosk.Hub");

    public static string Assembly =>
        Path.Combine(ProjectFolder, "bin", typeof(HubBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release",
            "net10.0", "Kiosk.Hub.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Kiosk.sln not found above the current directory or the benchmark: run it from the repository.");
    }
}
