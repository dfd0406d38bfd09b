using Kiosk.Contracts.Localization;

namespace Kiosk.App.Tests;

/// <summary>The strings the kiosk ships with, read from kiosk-content/strings in this repository.</summary>
internal static class TestStrings
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "kiosk-content", "strings");

    public static KioskStrings Shipped { get; } = KioskStrings.Load(Folder);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Kiosk.sln not found above the test directory.");
    }
}
