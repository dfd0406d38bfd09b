using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>
/// ./kiosk export visits|estimates|questions|ratings|all [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE|DIR] [--with-personal-data]:
/// the admin page's downloads, written to files on the hub's own machine. Bad arguments get one
/// line saying what is wrong, and exit code 2.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, string who, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var clinic = scope.ServiceProvider.GetRequiredService<ClinicProfile>();
        var today = clinic.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        if (ExportArguments.Read(args, today, out var problem) is not { } asked)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        if (ExportTargets.Plan(asked.Kinds, asked.Request, asked.Out, out problem) is not { } files)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        var csv = scope.ServiceProvider.GetRequiredService<ExportCsv>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(ExportAudit.Category);
        try
        {
            foreach (var (kind, path) in files)
            {
                var rows = await ExportTargets.WriteAsync(csv, kind, asked.Request, path, ct);
                ExportAudit.Exported(log, who, kind, asked.Request);
                await output.WriteLineAsync($"Wrote {rows} {kind.Name()} row{(rows == 1 ? "" : "s")} for {asked.Request.Range} to {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Could not write the export: {e.Message}");
            return 1;
        }

        return 0;
    }
}
