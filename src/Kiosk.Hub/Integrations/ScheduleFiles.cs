using Kiosk.Hub.Clinic;
using Kiosk.Hub.Integrations.Csv;
using Kiosk.Hub.Integrations.Fhir;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations;

/// <summary>The kinds of file a clinic's schedule comes in.</summary>
public enum ScheduleFileKind
{
    /// <summary>A FHIR R4 Bundle (searchset or collection) of Appointments with their Patients and Practitioners.</summary>
    Fhir,

    /// <summary>The clinic system's CSV export (docs/integrations.md, "CSV").</summary>
    Csv,
}

/// <summary>Reads a schedule file of either kind, from the command line or the admin page alike.</summary>
public sealed class ScheduleFiles(SourceMapping mapping, ClinicFile file, ClinicProfile clinic, TimeProvider time)
{
    /// <summary>A month of a busy clinic's appointments is well under this.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public ScheduleRead Read(ScheduleFileKind kind, byte[] content) => kind switch
    {
        ScheduleFileKind.Fhir => new FhirSchedule(mapping, clinic).Read(new System.Text.UTF8Encoding(false).GetString(content).TrimStart('\uFEFF')),
        _ => new CsvSchedule(mapping, file, clinic, time).Read(content),
    };

    /// <summary>The kind a file name says (.json is FHIR, .csv is CSV), or null.</summary>
    public static ScheduleFileKind? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => ScheduleFileKind.Fhir,
        ".csv" or ".txt" => ScheduleFileKind.Csv,
        _ => null,
    };

    /// <summary>What reception is told the day came from: "CSV file today.csv".</summary>
    public static string SourceName(ScheduleFileKind kind, string fileName) =>
        $"{(kind == ScheduleFileKind.Fhir ? "FHIR" : "CSV")} file {Path.GetFileName(fileName)}";
}
