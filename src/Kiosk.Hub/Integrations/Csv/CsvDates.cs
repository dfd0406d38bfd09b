using System.Globalization;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// Dates and times as a clinic's spreadsheet writes them: ISO (2026-12-31, 14:30) always, and the
/// clinic's culture besides (31/12/2026 in en-GB and es-ES, 12/31/2026 and 2:30 PM in en-US), with
/// or without leading zeros. Exact patterns, not a lenient parse, so 12/31 in a UK file is refused
/// rather than guessed.
/// </summary>
public sealed class CsvDates
{
    private readonly CultureInfo _culture;
    private readonly string[] _datePatterns;
    private readonly string[] _timePatterns;

    public CsvDates(CultureInfo culture)
    {
        _culture = culture;
        var shortDate = culture.DateTimeFormat.ShortDatePattern;
        _datePatterns = [shortDate, Relaxed(shortDate)];
        var shortTime = Plain(culture.DateTimeFormat.ShortTimePattern);
        _timePatterns = [shortTime, Plain(culture.DateTimeFormat.LongTimePattern), Relaxed(shortTime)];
    }

    /// <summary>How a date looks in this culture, for problems: "31/12/2026".</summary>
    public string DateExample => new DateOnly(2026, 12, 31).ToString(_datePatterns[0], _culture);

    /// <summary>How a time looks in this culture, for problems: "14:30" or "2:30 PM".</summary>
    public string TimeExample => new TimeOnly(14, 30).ToString(_timePatterns[0], _culture);

    public bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text.Trim(), _datePatterns, _culture, DateTimeStyles.None, out date);

    public bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
        || TimeOnly.TryParseExact(Plain(text.Trim()), _timePatterns, _culture, DateTimeStyles.None, out time);

    /// <summary>One "start" cell with both: "2026-12-31T14:30", "2026-12-31 14:30", "31/12/2026 14:30", "12/31/2026 2:30 PM".</summary>
    public bool TryStart(string text, out DateOnly date, out TimeOnly time)
    {
        var trimmed = text.Trim();
        var split = trimmed.IndexOfAny([' ', 'T']);
        date = default;
        time = default;
        return split > 0 && TryDate(trimmed[..split], out date) && TryTime(trimmed[(split + 1)..], out time);
    }

    /// <summary>ICU writes "2:30 PM" with a narrow no-break space; a spreadsheet writes a plain one. Both read alike.</summary>
    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    /// <summary>The pattern with one-digit days, months and hours allowed ("dd/MM/yyyy" → "d/M/yyyy"); a one-letter pattern reads two digits too.</summary>
    private static string Relaxed(string pattern) =>
        pattern.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal)
            .Replace("HH", "H", StringComparison.Ordinal).Replace("hh", "h", StringComparison.Ordinal);
}
