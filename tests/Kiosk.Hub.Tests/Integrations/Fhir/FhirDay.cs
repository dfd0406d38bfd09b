using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;

namespace Kiosk.Hub.Tests.Integrations.Fhir;

/// <summary>
/// What the FHIR tests share: a small clinic whose file maps the published examples' practitioners
/// and codes, the stored examples, and bundles shaped as a server's search returns them.
/// </summary>
internal static class FhirDay
{
    public const string Server = "https://ehr.example.org/fhir/R4";

    public static ClinicFile ClinicWith(IReadOnlyList<string>? carefulIds = null, IReadOnlyList<string>? maasIds = null) => new(
        "fhir-test",
        "FHIR test clinic",
        "Europe/London",
        [
            new ClinicFile.ProviderEntry("careful", "Dr Careful", "A", "Room 1", SourceIds: carefulIds ?? ["Practitioner/example"]),
            new ClinicFile.ProviderEntry("maas", "Dr Maas", "B", "Room 2", SourceIds: maasIds ?? ["http://www.acme.org/practitioners|23"]),
            new ClinicFile.ProviderEntry("theatre", "Theatre list", "T", "Theatre", SourceIds: ["OR Rooms"]),
        ],
        [
            new ClinicFile.VisitTypeEntry("discussion", "Results discussion", 20, SourceCodes: ["52"]),
            new ClinicFile.VisitTypeEntry("surgery", "Day surgery", 45, SourceCodes: ["https://fhir.cerner.com/2c400054-42d8-4e74-87b7-80b5bd5fde9f/codeSet/14249|667105"]),
            new ClinicFile.VisitTypeEntry("checkup", "Check-up", 15, SourceCodes: ["http://terminology.hl7.org/CodeSystem/v2-0276|ROUTINE"]),
        ],
        null);

    public static FhirSchedule Schedule(ClinicFile? clinic = null)
    {
        clinic ??= ClinicWith();
        return new FhirSchedule(new SourceMapping(clinic), clinic.ToProfile());
    }

    /// <summary>A stored published example, read with the SDK (XML or JSON by its extension).</summary>
    public static Resource Example(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Integrations", "Fhir", "Examples", file));
        var settings = new DeserializerSettings().UsingMode(DeserializationMode.Recoverable);
        return file.EndsWith(".xml", StringComparison.Ordinal)
            ? new FhirXmlDeserializer(settings).DeserializeResource(text)
            : new FhirJsonDeserializer(settings).DeserializeResource(text);
    }

    /// <summary>A searchset as a server returns it: each resource with its full URL on <see cref="Server"/>.</summary>
    public static Bundle Searchset(params Resource[] resources) => new()
    {
        Type = Bundle.BundleType.Searchset,
        Entry = [.. resources.Select(r => new Bundle.EntryComponent { FullUrl = $"{Server}/{r.TypeName}/{r.Id}", Resource = r })],
    };

    public static string Json(Resource resource) => new FhirJsonSerializer().SerializeToString(resource);

    /// <summary>A searchset written as JSON text around resources written as JSON text (for codes the R4 model cannot hold, such as R5's "checked-in").</summary>
    public static string SearchsetJson(params string[] resources) =>
        $$"""{ "resourceType": "Bundle", "type": "searchset", "entry": [ {{string.Join(", ", resources.Select(r => $$"""{ "resource": {{r}} }"""))}} ] }""";

    public static string Appointment(string id, string status = "booked", string start = "2026-12-02T09:00:00Z", string patient = "Patient/p1",
        string practitioner = "Practitioner/example", string serviceCode = "52", string extra = "") => $$"""
        { "resourceType": "Appointment", "id": "{{id}}", "status": "{{status}}", "start": "{{start}}",
          "serviceType": [ { "coding": [ { "code": "{{serviceCode}}" } ] } ], {{extra}}
          "participant": [
            { "actor": { "reference": "{{patient}}" }, "status": "accepted" },
            { "actor": { "reference": "{{practitioner}}" }, "status": "accepted" },
            { "actor": { "reference": "Location/1", "display": "South Wing" }, "status": "accepted" } ] }
        """;

    public static string Patient(string id = "p1", string names = """{ "use": "official", "family": "Okafor", "given": [ "Ada" ] }""", string birth = "\"birthDate\": \"1980-02-29\",") => $$"""
        { "resourceType": "Patient", "id": "{{id}}", {{birth}} "name": [ {{names}} ] }
        """;
}
