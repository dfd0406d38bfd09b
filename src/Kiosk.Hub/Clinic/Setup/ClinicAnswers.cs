using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kiosk.Hub.Clinic.Setup;

/// <summary>Checks for the answers <see cref="ClinicInit"/> asks for, each saying what a good answer looks like.</summary>
public static partial class ClinicAnswers
{
    public const int MaxNameLength = 80;

    public static Answer<string> Name(string text, string what) =>
        text.Length is > 0 and <= MaxNameLength ? Answer.Good<string>(text) : Answer.Again<string>($"{what} needs 1 to {MaxNameLength} characters.");

    public static Answer<string> Id(string text) =>
        text.Length <= 40 && IdPattern().IsMatch(text) ? Answer.Good<string>(text) : Answer.Again<string>($"'{text}' is not an id: use lower-case letters, digits and hyphens, up to 40, such as riverside-family-practice.");

    public static Answer<string> TimeZone(string text)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return Answer.Again<string>($"'{text}' is not a time zone this machine knows: use an IANA name such as Europe/London, Europe/Madrid or America/New_York.");
        }

        return Answer.Good<string>(zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id);
    }

    public static Answer<string> Culture(string text) =>
        ClinicFile.IsKnownCulture(text) ? Answer.Good<string>(CultureInfo.GetCultureInfo(text).Name) : Answer.Again<string>($"'{text}' is not a language and region such as en-GB, en-US or es-ES.");

    /// <summary>The languages chosen; null (every language the kiosk has, as before the setting existed) when all are.</summary>
    public static Answer<IReadOnlyList<string>?> Languages(string text, IReadOnlyList<string> offered)
    {
        var chosen = List(text).Select(l => l.ToLowerInvariant()).Distinct().ToList();
        if (chosen.Count == 0) return Answer.Again<IReadOnlyList<string>?>($"The kiosk needs at least one language: choose from {string.Join(", ", offered)}.");
        if (chosen.FirstOrDefault(l => !offered.Contains(l)) is { } unknown) return Answer.Again<IReadOnlyList<string>?>($"The kiosk has no words in '{unknown}': choose from {string.Join(", ", offered)}.");
        return Answer.Good<IReadOnlyList<string>?>(chosen.Count == offered.Count ? null : chosen);
    }

    public static Answer<int> Minutes(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes >= min && minutes <= max
            ? Answer.Good<int>(minutes)
            : Answer.Again<int>($"'{text}' is not a whole number of minutes from {min} to {max}.");

    public static Answer<string> Room(string text) =>
        text.Length is > 0 and <= ClinicFile.MaxRoomLength ? Answer.Good<string>(text) : Answer.Again<string>($"A room needs a name of 1 to {ClinicFile.MaxRoomLength} characters, as the TV shows it, such as Room 1.");

    /// <summary>A comma-separated list ("en, es"), also taken with semicolons.</summary>
    public static IReadOnlyList<string> List(string text) =>
        [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>An id made from a name: "Riverside Family Practice" → "riverside-family-practice", "Dra. Núñez" → "dra-nunez".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 40 ? text[..40].TrimEnd('-') : text;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
