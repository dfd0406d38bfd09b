using System.Diagnostics.CodeAnalysis;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>Where the command line writes each export, and the writing itself.</summary>
public static class ExportTargets
{
    /// <summary>
    /// Each kind's file: into the directory --out names (made if missing, for "all"), or the
    /// current directory, under the download's name; or, for one kind, the file --out names.
    /// Null with the reason when --out cannot be used.
    /// </summary>
    public static IReadOnlyList<(ExportKind Kind, string Path)>? Plan(IReadOnlyList<ExportKind> kinds, ExportRequest request, string? @out, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        var target = Path.GetFullPath(string.IsNullOrWhiteSpace(@out) ? "." : @out);
        var isDirectory = kinds.Count > 1 || Directory.Exists(target) || @out?.EndsWith(Path.DirectorySeparatorChar) == true;
        if (isDirectory && File.Exists(target))
        {
            problem = $"--out {@out} is a file; several exports need a directory.";
            return null;
        }

        if (!isDirectory && !Directory.Exists(Path.GetDirectoryName(target)))
        {
            problem = $"--out {@out}: the directory {Path.GetDirectoryName(target)} does not exist.";
            return null;
        }

        return [.. kinds.Select(k => (k, isDirectory ? Path.Combine(target, k.FileName(request)) : target))];
    }

    /// <summary>Writes one file; one with personal data is readable by its owner only.</summary>
    public static async Task<int> WriteAsync(ExportCsv csv, ExportKind kind, ExportRequest request, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (request.WithPersonalData && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new StreamWriter(path, ExportFiles.Encoding, options);
        return await csv.WriteAsync(kind, request, file, ct);
    }
}
