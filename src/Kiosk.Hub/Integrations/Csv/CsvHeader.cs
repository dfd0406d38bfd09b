using CsvHelper;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// Where each column is in one file's header, and the header's problems: a required column that
/// is missing is named with the header names it may have. The appointment's start is either a
/// date and a time column, or one "start" column.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<CsvColumn, (int Index, string Written)> _found = [];

    private CsvHeader(IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (CsvColumns.All.FirstOrDefault(c => c.Matches(headers[i])) is { } column)
            {
                _found.TryAdd(column, (i, headers[i].Trim().TrimStart('\uFEFF')));
            }
        }
    }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// <summary>Whether the start is in one "start" column rather than a date and a time.</summary>
    public bool HasStart => Has(CsvColumns.Start) && !(Has(CsvColumns.Date) && Has(CsvColumns.Time));

    public static CsvHeader Read(IReadOnlyList<string> headers)
    {
        var header = new CsvHeader(headers);
        header.Problems = [.. header.Missing().Select(m => new ImportProblem("row 1", m.Column.Name, $"there is no {m.Column.Name} column: name one column {m.Column.Accepted}{m.Or}"))];
        return header;
    }

    public bool Has(CsvColumn column) => _found.ContainsKey(column);

    /// <summary>The column as this file names it, for problems ("fecha"), or its own name when absent.</summary>
    public string Written(CsvColumn column) => _found.TryGetValue(column, out var f) ? f.Written : column.Name;

    /// <summary>The current record's value in each column this file has, trimmed ("" where the row is short).</summary>
    public IReadOnlyDictionary<CsvColumn, string> Cells(CsvReader reader) =>
        _found.ToDictionary(f => f.Key, f => f.Value.Index < reader.FieldCount ? (reader.GetString(f.Value.Index) ?? "").Trim() : "");

    private IEnumerable<(CsvColumn Column, string Or)> Missing()
    {
        CsvColumn[] required = [CsvColumns.AppointmentId, CsvColumns.Provider, CsvColumns.VisitType, CsvColumns.FirstName, CsvColumns.LastName, CsvColumns.BirthDate];
        foreach (var column in required.Where(c => !Has(c)))
        {
            yield return (column, "");
        }

        if (Has(CsvColumns.Start)) yield break;
        var orStart = $" (or one start column with the date and time, {CsvColumns.Start.Accepted})";
        if (!Has(CsvColumns.Date)) yield return (CsvColumns.Date, orStart);
        if (!Has(CsvColumns.Time)) yield return (CsvColumns.Time, orStart);
    }
}
