using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// The SDK's JSON (de)serialisers as the hub uses them. Reading is forgiving about what we do not
/// use (narrative, codes from a newer release such as R5's "checked-in", unknown elements): a
/// clinic's server is not ours to validate, and the mapping reports what it cannot use.
/// </summary>
internal static class FhirJson
{
    private static readonly FhirJsonDeserializer Reader = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));
    private static readonly FhirJsonSerializer Writer = new();

    /// <summary>
    /// The resource, or null with why the text is not FHIR JSON at all. The reason names a line,
    /// never a value: the SDK's own messages quote the text, which may be a patient's name.
    /// </summary>
    public static Resource? TryRead(string json, out string? why)
    {
        why = null;
        try
        {
            var resource = Reader.DeserializeResource(json);
            if (ModelInfo.IsKnownResource(resource.TypeName))
            {
                return resource;
            }

            why = "it has no resourceType";
        }
        catch (JsonException e)
        {
            why = $"the JSON is broken near line {e.LineNumber + 1}";
        }
        catch (DeserializationFailedException)
        {
            // Recoverable mode still fails on what cannot be read at all: broken JSON, no or an unknown resourceType.
            why = "it is not FHIR JSON (broken JSON, or no resourceType this hub knows)";
        }

        return null;
    }

    public static string Write(Resource resource) => Writer.SerializeToString(resource);

    /// <summary>A code or date as the source sent it, even one this release of FHIR does not know.</summary>
    public static string? Raw(PrimitiveType? element) =>
        element?.JsonValue is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
