using System.Diagnostics.CodeAnalysis;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>The four files a clinic can take away for its own analysis.</summary>
public enum ExportKind
{
    Visits,
    Estimates,
    Questions,
    Ratings,
}

/// <summary>What an admin asked for: which days, and whether names, birth dates and phone numbers come too.</summary>
public sealed record ExportRequest(ExportRange Range, bool WithPersonalData = false);

public static class ExportKinds
{
    public static IReadOnlyList<ExportKind> All { get; } = Enum.GetValues<ExportKind>();

    /// <summary>"visits", as routes, file names and the command line spell it.</summary>
    public static string Name(this ExportKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, [NotNullWhen(true)] out ExportKind? kind)
    {
        kind = All.Cast<ExportKind?>().FirstOrDefault(k => string.Equals(k!.Value.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }

    /// <summary>"visits-2026-11-05-to-2026-12-02.csv"; a file with names in it says so in its name.</summary>
    public static string FileName(this ExportKind kind, ExportRequest request) =>
        $"{kind.Name()}-{ExportRange.Format(request.Range.From)}-to-{ExportRange.Format(request.Range.To)}{(request.WithPersonalData ? "-with-personal-data" : "")}.csv";
}
