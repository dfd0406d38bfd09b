using Hl7.Fhir.Model;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// The clinic's provider for an appointment's participants. For each Practitioner (or
/// PractitionerRole whose practitioner maps) it tries, in order: the reference
/// ("Practitioner/123"), each identifier of the included Practitioner as "system|value" and as
/// the bare value, then the actor's display. The first participant that maps wins. An actor
/// with only a display (Cerner's "OR Rooms") counts when its display maps; Locations and
/// devices are the server query's business and are never a problem here.
/// </summary>
internal sealed class ProviderFinder(SourceMapping mapping, BundleIndex bundle)
{
    public string? Find(IEnumerable<Appointment.ParticipantComponent> participants, Action<string, string> problem)
    {
        var tried = new List<string>();
        foreach (var actor in participants.Select(p => p.Actor).OfType<ResourceReference>())
        {
            var keys = bundle.TypeOf(actor) switch
            {
                "Practitioner" => PractitionerKeys(actor.Reference).Append(actor.Display),
                "PractitionerRole" => RoleKeys(actor),
                null when actor.Reference is null => [actor.Display],
                _ => null,
            };
            if (keys is null)
            {
                continue;
            }

            if (mapping.ProviderFor(keys) is { } provider)
            {
                return provider;
            }

            if (actor.Reference is { } reference)
            {
                tried.Add(reference);
            }
        }

        problem("participant", tried.Count == 0
            ? "The appointment names no practitioner."
            : $"No provider for {string.Join(", ", tried)}; add it to the provider's sourceIds in the clinic file.");
        return null;
    }

    private IEnumerable<string?> PractitionerKeys(string? reference)
    {
        yield return BundleIndex.Relative(reference) ?? reference;
        foreach (var id in bundle.Find<Practitioner>(reference)?.Identifier ?? [])
        {
            yield return SourceMapping.Key(id.System, id.Value);
            yield return id.Value;
        }
    }

    private IEnumerable<string?> RoleKeys(ResourceReference actor)
    {
        yield return BundleIndex.Relative(actor.Reference) ?? actor.Reference;
        var practitioner = bundle.Find<PractitionerRole>(actor.Reference)?.Practitioner;
        foreach (var key in PractitionerKeys(practitioner?.Reference))
        {
            yield return key;
        }

        yield return practitioner?.Display;
        yield return actor.Display;
    }
}
