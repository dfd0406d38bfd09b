using Hl7.Fhir.Model;
using Kiosk.WaitingRoom.Clinic;
using Appointment = Hl7.Fhir.Model.Appointment;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// Reads a FHIR R4 Bundle (a searchset as a server returns it, or a collection from a file) into
/// a <see cref="ScheduleRead"/>: the appointments this clinic can use and, for the rest, a problem
/// naming the entry, the field and why. Never throws for what the bundle says; see
/// docs/integrations.md ("FHIR R4") for the mapping.
/// </summary>
public sealed class FhirSchedule(SourceMapping mapping, ClinicProfile clinic)
{
    private const string File = "file";

    /// <summary>The resource types a day's bundle may carry; Location and OperationOutcome are read past.</summary>
    private static readonly HashSet<string> Expected = ["Appointment", "Patient", "Practitioner", "PractitionerRole", "Location", "OperationOutcome"];

    public ScheduleRead Read(string json)
    {
        var resource = FhirJson.TryRead(json, out var why);
        return resource switch
        {
            null => Problem("resource", $"The file cannot be read: {why}."),
            Bundle bundle => Read(bundle),
            _ => Problem("resourceType", $"The file holds a {resource.TypeName}, not a Bundle of appointments."),
        };
    }

    public ScheduleRead Read(Bundle bundle)
    {
        if (bundle.Type is not (Bundle.BundleType.Searchset or Bundle.BundleType.Collection))
        {
            var type = FhirJson.Raw(bundle.TypeElement) ?? "none";
            return Problem("type", $"A Bundle of type '{type}' is not a day's appointments; export a searchset or collection Bundle.");
        }

        var index = new BundleIndex(bundle.Entry);
        var reader = new AppointmentMapping(mapping, clinic, index);
        var appointments = new List<SourceAppointment>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, number) in bundle.Entry.Select((e, i) => (e, i + 1)))
        {
            var where = $"entry {number}" + (entry.Resource is { } r ? $" ({r.TypeName}{(string.IsNullOrEmpty(r.Id) ? "" : "/" + r.Id)})" : "");
            switch (entry.Resource)
            {
                case null:
                    problems.Add(new(where, "resource", "The entry holds no resource."));
                    break;
                case Appointment appointment when !string.IsNullOrEmpty(appointment.Id) && !seen.Add(appointment.Id):
                    problems.Add(new(where, "id", $"Appointment/{appointment.Id} is in the bundle twice; only the first is read."));
                    break;
                case Appointment appointment:
                    var (read, wrong) = reader.Map(appointment, where);
                    if (read is not null) appointments.Add(read);
                    problems.AddRange(wrong);
                    break;
                case var other when !Expected.Contains(other.TypeName):
                    problems.Add(new(where, "resourceType", $"Resource type {other.TypeName} is not used here."));
                    break;
            }
        }

        return new(appointments, problems);
    }

    private static ScheduleRead Problem(string field, string why) => new([], [new ImportProblem(File, field, why)]);
}
