using System.Globalization;
using System.Text;

namespace Kiosk.Bench.Hub;

/// <summary>The per-change curve as a table, beside an earlier run of the same benchmark on older code when there is one.</summary>
public static class ChangeReport
{
    public static string Markdown(ChangeRun run, ChangeRun? before, string beforePath)
    {
        var md = new StringBuilder();
        md.AppendLine("## What one change costs the hub");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{run.Command}` — {run.Machine}.");
        md.AppendLine();
        md.AppendLine("""
            The hub's own services (check-in, the desk, the waiting room over a SQLite file, the estimator with
            its calibration and steady promises) in one process, with a room late in a busy day written to the
            database: the patients waiting over three providers, as many again seen or gone, walk-ins, help,
            care notes and late check-ins (`src/Kiosk.Bench/Views/BusyRoom.cs`), and each patient's first range
            kept as a hub that ran all day keeps it. Then, one after another, a walk-in checks in at the kiosk
            and the next patient of the longest line is called, one second apart on the hub's clock. For each
            change: the wall time of the call and the CPU time the whole process spent during it (every thread:
            the garbage collector's too), the median after 40 changes of warm-up (past the JIT's tier-up). The
            news goes to a notifier that only counts it: sending to phones and desks over the network is not
            in these figures (that is `./kiosk bench hub`'s, above). CPU above wall time is other
            threads' work during the change: mostly the garbage collector's, on the second core.
            """);
        md.AppendLine();
        if (before is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"\"Before\" is the same benchmark on the code before this work ({beforePath}: `{before.Command}`, {before.Machine}). Sizes it left out (a change took many seconds) show —.");
            md.AppendLine();
        }

        md.AppendLine(before is null
            ? "| Waiting | Changes timed | Wall ms (median) | CPU ms (median) | Wall ms (max) |"
            : "| Waiting | Changes timed | Before: wall ms | Before: CPU ms | Wall ms (median) | CPU ms (median) | Wall ms (max) |");
        md.AppendLine(before is null ? "|---:|---:|---:|---:|---:|" : "|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in run.Points)
        {
            var earlier = before?.Points.FirstOrDefault(b => b.Waiting == p.Waiting);
            var then = before is null ? "" : earlier is null ? " — | — |" : string.Create(CultureInfo.InvariantCulture, $" {earlier.WallMs:F1} | {earlier.CpuMs:F1} |");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {p.Waiting:N0} | {p.Changes} |{then} {p.WallMs:F1} | {p.CpuMs:F1} | {p.MaxWallMs:F1} |");
        }

        return md.ToString();
    }
}
