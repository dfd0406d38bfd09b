using Hl7.Fhir.Model;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// The resources a bundle carries, found by the references that point at them: the entry's
/// fullUrl ("https://ehr/fhir/Patient/1", "urn:uuid:…") or "Patient/1", whichever the
/// appointment wrote.
/// </summary>
internal sealed class BundleIndex
{
    private readonly Dictionary<string, Resource> _byKey = new(StringComparer.Ordinal);

    public BundleIndex(IEnumerable<Bundle.EntryComponent> entries)
    {
        foreach (var (fullUrl, resource) in entries.Select(e => (e.FullUrl, e.Resource)))
        {
            if (resource is null)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(fullUrl))
            {
                _byKey.TryAdd(fullUrl, resource);
            }

            if (!string.IsNullOrEmpty(resource.Id))
            {
                _byKey.TryAdd($"{resource.TypeName}/{resource.Id}", resource);
            }
        }
    }

    public T? Find<T>(string? reference) where T : Resource =>
        reference is null ? null
        : _byKey.TryGetValue(reference, out var exact) ? exact as T
        : _byKey.TryGetValue(Relative(reference) ?? "", out var relative) ? relative as T
        : null;

    /// <summary>"Type/id" from a reference written either way ("https://ehr/fhir/Patient/1/_history/2" → "Patient/1"); null when it has no such tail.</summary>
    public static string? Relative(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.StartsWith("urn:", StringComparison.Ordinal) || reference.StartsWith('#'))
        {
            return null;
        }

        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var history = Array.IndexOf(parts, "_history");
        if (history >= 0)
        {
            parts = parts[..history];
        }

        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : null;
    }

    /// <summary>
    /// The resource type a reference names: its own type, "Practitioner" for "Practitioner/1", or
    /// the type of the entry a "urn:uuid:…" points at; null when none says.
    /// </summary>
    public string? TypeOf(ResourceReference? reference) =>
        reference?.Type ?? Relative(reference?.Reference)?.Split('/')[0] ?? Find<Resource>(reference?.Reference)?.TypeName;
}
