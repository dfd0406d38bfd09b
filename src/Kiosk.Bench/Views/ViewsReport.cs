namespace Kiosk.Bench.Views;

/// <summary>The views benchmark as a page: this run beside the run kept from before the change, when there is one.</summary>
public static class ViewsReport
{
    public static string Markdown(ViewsRun run, ViewsRun? before, string beforePath)
    {
        var header = before is null
            ? "| Waiting | Visits in the day | Median ms | Allocated MB |\n|---:|---:|---:|---:|"
            : "| Waiting | Visits in the day | Before: median ms | Before: allocated MB | Median ms | Allocated MB |\n|---:|---:|---:|---:|---:|---:|";
        var rows = run.Points.Select(p => before?.Points.FirstOrDefault(b => b.Waiting == p.Waiting) is { } b
            ? $"| {p.Waiting:N0} | {p.Visits:N0} | {b.MedianMs:0.00} | {b.AllocatedMB:0.0} | {p.MedianMs:0.00} | {p.AllocatedMB:0.0} |"
            : before is null
                ? $"| {p.Waiting:N0} | {p.Visits:N0} | {p.MedianMs:0.00} | {p.AllocatedMB:0.0} |"
                : $"| {p.Waiting:N0} | {p.Visits:N0} | – | – | {p.MedianMs:0.00} | {p.AllocatedMB:0.0} |");
        var comparison = before is null
            ? ""
            : $"\n\"Before\" is the same benchmark on the code before the views were built in one pass per line ({beforePath}, `{before.Command}`, {before.Machine}).\n";
        return $"""
            # Building the views after one change

            `{run.Command}` — {run.Machine}.

            `RoomViews.Build` (every patient's ticket and the reception board) in a room late in a busy day: the
            patients waiting over three providers, as many again seen or gone, walk-ins, help asked, care notes,
            ratings, "spoken to" and late check-ins from an offline kiosk (`src/Kiosk.Bench/Views/BusyRoom.cs`).
            Each run follows one walk-in checking in; the median of {(run.Points.Count > 0 ? run.Points[0].Runs : 0)} runs after warm-up
            (Release build), with the bytes the build allocated on its thread. The estimates are given: the
            estimator and the database are not in it.
            {comparison}
            {header}
            {string.Join("\n", rows)}

            """;
    }
}
