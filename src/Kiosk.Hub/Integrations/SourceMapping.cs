using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Integrations;

/// <summary>
/// Finds this clinic's provider or visit type for the names the clinic's own system uses. A
/// reader passes every key it has for one thing, most exact first: for a FHIR practitioner its
/// reference ("Practitioner/123") and each identifier both as "system|value" and as the bare
/// value; for a visit type each coding as "system|code" and as the bare code, then the text.
/// A key matches the clinic file's sourceIds / sourceCodes first, then our own id, then the name
/// as the clinic file spells it; case and surrounding spaces do not matter.
/// </summary>
public sealed class SourceMapping(ClinicFile file)
{
    public string? ProviderFor(IEnumerable<string?> keys) =>
        Find(keys, file.Providers.Select(p => (p.Id, p.Name, p.SourceIds)));

    public string? VisitTypeFor(IEnumerable<string?> keys) =>
        Find(keys, file.VisitTypes.Select(v => (v.Id, v.Name, v.SourceCodes)));

    /// <summary>"system|value", or just the value when there is no system; null when there is no value.</summary>
    public static string? Key(string? system, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.IsNullOrWhiteSpace(system) ? value.Trim() : $"{system.Trim()}|{value.Trim()}";

    private static string? Find(IEnumerable<string?> keys, IEnumerable<(string Id, string Name, IReadOnlyList<string>? Sources)> entries)
    {
        var all = entries.ToList();
        foreach (var key in keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()))
        {
            var match = all.FirstOrDefault(e => e.Sources?.Any(s => Same(s, key)) == true).Id
                ?? all.FirstOrDefault(e => Same(e.Id, key)).Id
                ?? all.FirstOrDefault(e => Same(e.Name, key)).Id;
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
