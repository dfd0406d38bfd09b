using System.Globalization;
using CsvHelper;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>Writes one export as CSV; the page's downloads and the command line both come here.</summary>
public sealed class ExportCsv(ExportSource source)
{
    /// <summary>
    /// Text that a spreadsheet would run as a formula (a walk-in's typed name starting with "=",
    /// say) is written with a leading apostrophe: shown as text, never run.
    /// </summary>
    private static readonly CsvWriterOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>Writes the export to <paramref name="text"/> (left open) and returns how many rows it has.</summary>
    public async Task<int> WriteAsync(ExportKind kind, ExportRequest request, TextWriter text, CancellationToken ct)
    {
        var personal = request.WithPersonalData;
        return kind switch
        {
            ExportKind.Visits when personal => await WriteAsync(text, (await source.VisitsAsync(request, ct)).Select(v => new ExportRows.VisitWithPatientRow(ExportRows.Of(v), ExportRows.Of(v.Patient))), ct),
            ExportKind.Visits => await WriteAsync(text, (await source.VisitsAsync(request, ct)).Select(ExportRows.Of), ct),
            ExportKind.Estimates => await WriteAsync(text, (await source.EstimatesAsync(request, ct)).Select(ExportRows.Of), ct),
            ExportKind.Questions when personal => await WriteAsync(text, (await source.QuestionsAsync(request, ct)).Select(q => new ExportRows.QuestionWithPhoneRow(ExportRows.Of(q), new(q.Phone))), ct),
            ExportKind.Questions => await WriteAsync(text, (await source.QuestionsAsync(request, ct)).Select(ExportRows.Of), ct),
            ExportKind.Ratings => await WriteAsync(text, (await source.RatingsAsync(request, ct)).Select(ExportRows.Of), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static async Task<int> WriteAsync<T>(TextWriter text, IEnumerable<T> rows, CancellationToken ct)
    {
        var list = rows.ToList();
        await using var csv = CsvWriter.Create(text, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(list, ct);
        return list.Count;
    }
}
