namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder holding Kiosk.sln, above the test's bin folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? ".";
    }
}
