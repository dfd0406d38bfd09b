using System.Text.Unicode;
using CsvHelper;
using Kiosk.Hub.Clinic;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// Reads a clinic's appointment CSV (docs/integrations.md, "CSV") into a <see cref="ScheduleRead"/>:
/// every row that can be used, and a problem for each one that cannot, named as the spreadsheet
/// shows it ("row 7", the header being row 1). Comma or semicolon separated, UTF-8 with or without
/// a byte order mark. Problems never quote a patient's name or birth date.
/// </summary>
public sealed class CsvSchedule(SourceMapping mapping, ClinicFile file, ClinicProfile clinic, TimeProvider time)
{
    /// <summary>The prefix of <see cref="SourceAppointment.SourceId"/>, so a CSV id never meets a FHIR one.</summary>
    public const string SourcePrefix = "csv:";

    private readonly CsvDates _dates = new(file.DateCulture);

    public ScheduleRead Read(Stream csv)
    {
        using var bytes = new MemoryStream();
        csv.CopyTo(bytes);
        return Read(bytes.ToArray());
    }

    public ScheduleRead Read(byte[] csv)
    {
        if (!Utf8.IsValid(csv))
        {
            return Refused("the file is not UTF-8 text: in Excel, save it as \"CSV UTF-8\"");
        }

        var problems = new List<ImportProblem>();
        var options = new CsvReaderOptions
        {
            // One stray quote spoils its own row only, never the rest of the file.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = bad => problems.Add(new($"row {bad.LineNumber}", "the whole row", "its quotes do not balance (a \" opened and never closed, or text after a closing \"), so the row was not read")),
        };
        using var reader = CsvReader.Create(csv, options);
        reader.ReadHeader();
        if (problems.Count > 0)
        {
            // A broken header is skipped like any broken row, and the first appointment would be taken for the header.
            return Refused("the first row, which names the columns, has quotes that do not balance, so no column can be found");
        }

        if (reader.Headers.All(string.IsNullOrWhiteSpace))
        {
            return Refused("the file is empty: its first row should name the columns (see the CSV section of docs/integrations.md)");
        }

        var header = CsvHeader.Read(reader.Headers);
        if (header.Problems.Count > 0)
        {
            return new ScheduleRead([], [.. problems, .. header.Problems]);
        }

        var rows = new CsvRows(header, _dates, mapping, clinic, clinic.Today(time));
        var appointments = new List<SourceAppointment>();
        var read = 0;
        while (reader.Read())
        {
            var cells = header.Cells(reader);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            read++;
            if (rows.Read($"row {reader.LineNumber}", cells, problems) is { } appointment)
            {
                appointments.Add(appointment);
            }
        }

        if (read == 0 && problems.Count == 0)
        {
            problems.Add(new("row 2", "the file", "there are no appointments under the header row"));
        }

        return new ScheduleRead(appointments, problems);
    }

    private static ScheduleRead Refused(string why) => new([], [new ImportProblem("row 1", "the file", why)]);
}
