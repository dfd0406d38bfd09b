using System.Text.RegularExpressions;
using Kiosk.Hub.Persistence;

namespace Kiosk.Hub.Tests.Layout;

/// <summary>The hub is laid out by feature, each folder its own namespace, and no two folders lean on each other.</summary>
public sealed partial class LayoutTests
{
    [Test]
    public void No_folder_of_the_hub_depends_back_on_a_folder_that_depends_on_it()
    {
        var uses = FolderDependencies.Of(typeof(HubDb).Assembly);

        var cycles = FolderDependencies.Cycles(uses);

        Assert.That(cycles, Is.Empty, "cycles:\n  " + string.Join("\n  ", cycles));
    }

    /// <summary>
    /// A type's namespace is its folder, so the dependency check above sees the folders as they are.
    /// The one exception: the hub endpoint's slices, which are parts of the one class in the root
    /// namespace, each kept beside the feature it serves.
    /// </summary>
    [Test]
    public void Every_file_of_the_hub_is_in_the_namespace_of_its_folder()
    {
        var hub = Path.Combine(RepositoryRoot(), "src", "Kiosk.Hub");
        var misplaced = Directory.EnumerateFiles(hub, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(hub, f), Namespace: DeclaredNamespace(File.ReadAllText(f))))
            .Where(f => f.Namespace is not null && f.Namespace != Expected(f.File) && !IsHubSlice(f.File, f.Namespace))
            .Select(f => $"{f.File}: {f.Namespace} (expected {Expected(f.File)})")
            .ToList();

        Assert.That(misplaced, Is.Empty);
    }

    private static string Expected(string file)
    {
        var folders = Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('.', ["Kiosk", "Hub", .. folders]);
    }

    private static bool IsHubSlice(string file, string ns) =>
        ns == FolderDependencies.Root && Path.GetFileName(file).StartsWith("WaitingRoomHub.", StringComparison.Ordinal);

    private static string? DeclaredNamespace(string source) =>
        NamespaceLine().Match(source) is { Success: true } m ? m.Groups[1].Value : null;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kiosk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kiosk.sln not found above the test directory.");
    }

    [GeneratedRegex(@"^namespace ([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
