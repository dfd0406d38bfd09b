using Hl7.Fhir.Model;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// The first and last name a patient types at the kiosk, from a FHIR Patient's names: the
/// official name, else the usual one, else the first that is neither old nor ended by
/// <c>asOf</c>. Family is the last name and the given names, joined with spaces, the first name;
/// prefixes ("Mrs", "Dr") and suffixes are not part of either. A name with only text is split at
/// its comma ("Adams, Charlotte") or before its last word ("Charlotte Adams").
/// </summary>
internal static class PatientName
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sra", "srta",
    };

    /// <summary>(first, last), or null when no current name has both.</summary>
    public static (string First, string Last)? Of(Patient patient, DateTimeOffset asOf)
    {
        var current = patient.Name.Where(n => n.Use != HumanName.NameUse.Old && !Ended(n.Period, asOf)).ToList();
        var preferred = current.Where(n => n.Use == HumanName.NameUse.Official)
            .Concat(current.Where(n => n.Use == HumanName.NameUse.Usual))
            .Concat(current);
        return preferred.Select(Split).FirstOrDefault(n => n is not null);
    }

    private static (string First, string Last)? Split(HumanName name)
    {
        var given = string.Join(' ', name.Given.OfType<string>().Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()));
        if (!string.IsNullOrWhiteSpace(name.Family) && given.Length > 0)
        {
            return (given, name.Family.Trim());
        }

        return string.IsNullOrWhiteSpace(name.Text) ? null : FromText(name.Text, name.Prefix);
    }

    private static (string First, string Last)? FromText(string text, IEnumerable<string?> prefixes)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var (familyPart, givenPart) = comma >= 0 ? (text[..comma], text[(comma + 1)..]) : (null, text);
        var words = Words(givenPart, prefixes);
        if (familyPart is null)
        {
            return words.Count < 2 ? null : (string.Join(' ', words[..^1]), words[^1]);
        }

        var family = string.Join(' ', Words(familyPart, prefixes));
        return family.Length == 0 || words.Count == 0 ? null : (string.Join(' ', words), family);
    }

    /// <summary>The words of a name part without the name's own prefixes, and without titles at its start ("Mrs Ada" → "Ada").</summary>
    private static List<string> Words(string part, IEnumerable<string?> prefixes)
    {
        var skip = new HashSet<string>(prefixes.OfType<string>().Select(p => p.Trim('.', ' ')), StringComparer.OrdinalIgnoreCase);
        return [.. part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SkipWhile(w => Titles.Contains(w.Trim('.')))
            .Where(w => !skip.Contains(w.Trim('.')))];
    }

    private static bool Ended(Period? period, DateTimeOffset asOf) =>
        period?.EndElement?.TryToDateTimeOffset(TimeSpan.Zero, out var end) == true && end < asOf;
}
