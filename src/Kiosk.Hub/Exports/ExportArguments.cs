using System.Diagnostics.CodeAnalysis;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>What <c>./kiosk export</c> was asked: which files, which days, where to, and whether with personal data.</summary>
public sealed record ExportArguments(IReadOnlyList<ExportKind> Kinds, ExportRequest Request, string? Out)
{
    public const string All = "all";

    /// <summary>The arguments read, or null with the one sentence that says what is wrong.</summary>
    public static ExportArguments? Read(string[] args, DateOnly today, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (args is not [var what, .. var rest] || what.StartsWith("--", StringComparison.Ordinal))
        {
            problem = "Say which export: visits, estimates, questions, ratings or all.";
            return null;
        }

        IReadOnlyList<ExportKind> kinds = what == All ? ExportKinds.All : ExportKinds.TryParse(what, out var kind) ? [kind.Value] : [];
        if (kinds.Count == 0)
        {
            problem = $"There is no export called \"{what}\"; there are visits, estimates, questions, ratings and all.";
            return null;
        }

        var options = new Dictionary<string, string>();
        var personal = false;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--with-personal-data":
                    personal = true;
                    break;
                case "--from" or "--to" or "--out" when i + 1 < rest.Length && !rest[i + 1].StartsWith("--", StringComparison.Ordinal):
                    if (!options.TryAdd(rest[i], rest[++i]))
                    {
                        problem = $"{rest[i - 1]} is given twice.";
                        return null;
                    }

                    break;
                case "--from" or "--to" or "--out":
                    problem = $"{rest[i]} needs a value.";
                    return null;
                default:
                    problem = $"Unknown argument \"{rest[i]}\".";
                    return null;
            }
        }

        if (!ExportRange.TryRead(options.GetValueOrDefault("--from"), options.GetValueOrDefault("--to"), today, out var range, out problem))
        {
            return null;
        }

        return new ExportArguments(kinds, new ExportRequest(range, personal), options.GetValueOrDefault("--out"));
    }
}
