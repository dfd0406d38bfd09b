using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>The clinic days an export covers, both ends included.</summary>
public sealed record ExportRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 28;

    /// <summary>A year at most: enough for any analysis, and a bound on what one request reads.</summary>
    public const int MaxDays = 366;

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The last <see cref="DefaultDays"/> clinic days, today included.</summary>
    public static ExportRange Default(DateOnly today) => new(today.AddDays(1 - DefaultDays), today);

    public int DayCount => To.DayNumber - From.DayNumber + 1;

    /// <summary>"2026-11-05–2026-12-02", as the log and the page say it.</summary>
    public override string ToString() => $"{Format(From)}–{Format(To)}";

    /// <summary>
    /// Reads the range as the page and the command line give it: either end may be left out
    /// (to defaults to today; from to <see cref="DefaultDays"/> days before to). False with the
    /// reason, in one sentence, when a date is not a date, the ends are the wrong way round, or
    /// the range is longer than <see cref="MaxDays"/>.
    /// </summary>
    public static bool TryRead(string? from, string? to, DateOnly today, [NotNullWhen(true)] out ExportRange? range, [NotNullWhen(false)] out string? problem)
    {
        range = null;
        if (!TryDate(to, "to", today, out var last, out problem))
        {
            return false;
        }

        if (!TryDate(from, "from", last.AddDays(1 - DefaultDays), out var first, out problem))
        {
            return false;
        }

        if (first > last)
        {
            problem = $"The \"from\" date {Format(first)} is after the \"to\" date {Format(last)}.";
            return false;
        }

        range = new ExportRange(first, last);
        if (range.DayCount > MaxDays)
        {
            problem = $"{Format(first)} to {Format(last)} is {range.DayCount} days; export at most {MaxDays} days at a time.";
            range = null;
            return false;
        }

        return true;
    }

    private static bool TryDate(string? text, string name, DateOnly fallback, out DateOnly date, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        problem = $"The \"{name}\" date \"{Shorten(text.Trim())}\" is not a date like 2026-11-24.";
        return false;
    }

    public static string Format(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Whatever was typed is quoted back, but not at any length.</summary>
    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
