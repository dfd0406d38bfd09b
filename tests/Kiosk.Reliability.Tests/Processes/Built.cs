using System.Reflection;

namespace Kiosk.Reliability.Tests.Processes;

/// <summary>The hub and kiosk as the build left them, each run from its own project folder as ./kiosk runs them.</summary>
public static class Built
{
    public static string Root { get; } = FindRoot();

    private static string Configuration { get; } =
        typeof(Built).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string ContentDirectory => Path.Combine(Root, "kiosk-content");

    /// <summary>The project's folder (its content root) and its built entry assembly.</summary>
    public static (string Folder, string Assembly) App(string project) =>
        (Path.Combine(Root, "src", project), Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", project + ".dll"));

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
