using System.Text;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Csv;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Integrations.Csv;

/// <summary>A small clinic whose CSV exports the tests read, on 2 December 2026.</summary>
internal static class CsvClinic
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    public static ClinicFile File(string timeZone = "Europe/London", string culture = "en-GB") => new(
        "c",
        "C",
        timeZone,
        [
            new("lee", "Dr Lee", "A", "Room 2", SourceIds: ["DRLEE"]),
            new("nurse", "Nurse Patel", "N", "Treatment room", SourceIds: ["Enfermera Patel"]),
        ],
        [
            new("checkup", "Check-up", 15, Kiosk.Contracts.WalkInReasons.All, SourceCodes: ["CHK", "Revisión"]),
            new("bloods", "Blood test", 10, SourceCodes: ["Análisis"]),
        ],
        null,
        Culture: culture);

    public static ScheduleRead Read(string csv, ClinicFile? file = null) => Read(Encoding.UTF8.GetBytes(csv), file);

    public static ScheduleRead Read(byte[] csv, ClinicFile? file = null)
    {
        file ??= File();
        return new CsvSchedule(new SourceMapping(file), file, file.ToProfile(), new FakeTimeProvider(Now)).Read(csv);
    }

    public static ScheduleRead Sample(string name, ClinicFile file) =>
        Read(System.IO.File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Integrations", "Csv", "Samples", name)), file);
}
