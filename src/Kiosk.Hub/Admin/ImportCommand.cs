using Kiosk.Hub.Integrations;

namespace Kiosk.Hub.Admin;

/// <summary>
/// ./kiosk import fhir|csv FILE [--dry-run] [--valid-only]: a schedule file into the hub's
/// database. A file with problems imports nothing unless --valid-only; --dry-run says what would
/// change and changes nothing. A hub that is running sees the new list at its next look at the
/// room (within half a minute on reception's board); the admin page's upload tells everyone at once.
/// </summary>
public static class ImportCommand
{
    public const string Usage = """
        usage: ./kiosk import fhir|csv FILE [--dry-run] [--valid-only]
          fhir FILE      a FHIR R4 Bundle (searchset or collection) of Appointments, with their Patients and Practitioners
          csv FILE       the clinic system's CSV export (columns: docs/integrations.md)
          --dry-run      report what would change, change nothing
          --valid-only   import the appointments that can be read even when others cannot
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var kindWord, var path, .. var flags] || !Enum.TryParse<ScheduleFileKind>(kindWord, ignoreCase: true, out var kind)
            || flags.Any(f => f is not ("--dry-run" or "--valid-only")))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file {path}.");
            return 2;
        }

        if (new FileInfo(path).Length > ScheduleFiles.MaxBytes)
        {
            await error.WriteLineAsync($"{path} is larger than {ScheduleFiles.MaxBytes / 1024 / 1024} MB; import it a day or a week at a time.");
            return 2;
        }

        var read = services.GetRequiredService<ScheduleFiles>().Read(kind, await File.ReadAllBytesAsync(path));
        var report = await services.GetRequiredService<ScheduleImporter>().ImportAsync(
            read, ScheduleFiles.SourceName(kind, path), new ImportOptions(DryRun: flags.Contains("--dry-run"), ValidOnly: flags.Contains("--valid-only")), default);
        foreach (var line in report.Lines())
        {
            await output.WriteLineAsync(line);
        }

        return report.Imported || (report.DryRun && read.IsClean) ? 0 : 1;
    }
}
