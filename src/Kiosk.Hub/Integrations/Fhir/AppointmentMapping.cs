using System.Globalization;
using Hl7.Fhir.Model;
using Kiosk.Contracts;
using Kiosk.WaitingRoom.Clinic;
using Appointment = Hl7.Fhir.Model.Appointment;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// One FHIR Appointment made into a <see cref="SourceAppointment"/>, or the problems that stop it.
/// Every problem is collected (not just the first) so one report tells the admin all to fix.
/// Problems name references and codes, never the patient's name or birth date.
/// </summary>
internal sealed class AppointmentMapping(SourceMapping mapping, ClinicProfile clinic, BundleIndex bundle)
{
    public (SourceAppointment? Read, IReadOnlyList<ImportProblem> Problems) Map(Appointment appointment, string where)
    {
        var problems = new List<ImportProblem>();
        void Problem(string field, string why) => problems.Add(new(where, field, why));

        if (string.IsNullOrEmpty(appointment.Id)) Problem("id", "The appointment has no id, so a later import could not find it again.");
        var status = Status(FhirJson.Raw(appointment.StatusElement), Problem);
        var start = Start(appointment, Problem);
        var provider = new ProviderFinder(mapping, bundle).Find(appointment.Participant, Problem);
        var visitType = VisitType(appointment, Problem);
        var patient = Patient(appointment, start ?? DateTimeOffset.MaxValue, Problem);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new SourceAppointment(
            $"Appointment/{appointment.Id}",
            start!.Value,
            Minutes(appointment, start.Value, visitType!),
            status!.Value,
            provider!,
            visitType!,
            patient!,
            ConfirmationCodeOf(appointment),
            appointment.Meta?.LastUpdated), []);
    }

    private static SourceStatus? Status(string? code, Action<string, string> problem)
    {
        switch (code)
        {
            case "booked" or "pending" or "proposed": return SourceStatus.Booked;
            case "arrived" or "checked-in": return SourceStatus.Arrived;
            case "fulfilled": return SourceStatus.Fulfilled;
            case "noshow": return SourceStatus.NoShow;
            case "cancelled" or "entered-in-error": return SourceStatus.Cancelled;
            case "waitlist": problem("status", "A waitlisted appointment has no time to check in for; book it first."); return null;
            case null: problem("status", "The appointment has no status."); return null;
            default: problem("status", $"'{code}' is not an appointment status this hub knows."); return null;
        }
    }

    /// <summary>An instant carries its offset; a time sent without one is read on the clinic's clock.</summary>
    private DateTimeOffset? Start(Appointment appointment, Action<string, string> problem)
    {
        var raw = FhirJson.Raw(appointment.StartElement);
        if (raw is null)
        {
            problem("start", "The appointment has no start time.");
            return null;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (raw.Length > 10 && (raw.EndsWith('Z') || raw.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, styles, out var withOffset))
        {
            return withOffset;
        }

        if (raw.Length > 10 && DateTime.TryParse(raw, CultureInfo.InvariantCulture, styles, out var wall))
        {
            var local = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, clinic.TimeZone.GetUtcOffset(local));
        }

        problem("start", $"'{raw}' is not a date and time.");
        return null;
    }

    private int Minutes(Appointment appointment, DateTimeOffset start, string visitTypeId)
    {
        if (appointment.MinutesDuration is > 0 and var minutes)
        {
            return minutes;
        }

        return appointment.End is { } end && end > start
            ? (int)Math.Round((end - start).TotalMinutes)
            : clinic.VisitType(visitTypeId).Minutes;
    }

    private string? VisitType(Appointment appointment, Action<string, string> problem)
    {
        var concepts = appointment.ServiceType.Append(appointment.AppointmentType).OfType<CodeableConcept>().ToList();
        var keys = concepts.SelectMany(c => c.Coding.SelectMany(k => new[] { SourceMapping.Key(k.System, k.Code), k.Code, k.Display }).Append(c.Text)).ToList();
        if (mapping.VisitTypeFor(keys) is { } found)
        {
            return found;
        }

        var named = concepts.SelectMany(c => c.Coding.Select(k => SourceMapping.Key(k.System, k.Code)).Append(c.Text)).OfType<string>().Distinct().ToList();
        var field = appointment.ServiceType.Count == 0 && appointment.AppointmentType is not null ? "appointmentType" : "serviceType";
        problem(field, named.Count == 0
            ? "The appointment has no serviceType or appointmentType to tell its visit type."
            : $"No visit type for {string.Join(", ", named.Select(n => $"'{n}'"))}; add one of them to a visit type's sourceCodes in the clinic file.");
        return null;
    }

    private PatientIdentity? Patient(Appointment appointment, DateTimeOffset asOf, Action<string, string> problem)
    {
        var actor = appointment.Participant.Select(p => p.Actor).FirstOrDefault(a => bundle.TypeOf(a) == "Patient");
        if (actor is null)
        {
            problem("participant", "The appointment has no Patient participant.");
            return null;
        }

        if (bundle.Find<Patient>(actor.Reference) is not { } patient)
        {
            problem("participant", $"{actor.Reference ?? "The patient"} is not included in the bundle (search with _include=Appointment:patient).");
            return null;
        }

        var name = PatientName.Of(patient, asOf);
        if (name is null) problem("name", $"{actor.Reference} has no current name with both a family and a given name.");
        var birth = FhirJson.Raw(patient.BirthDateElement);
        var born = DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        if (born is null) problem("birthDate", birth is null ? $"{actor.Reference} has no birth date; the kiosk asks for it." : $"{actor.Reference} has only part of a birth date; the kiosk asks for the whole date.");
        return name is { } n && born is { } b ? new PatientIdentity(n.First, n.Last, b) : null;
    }

    /// <summary>
    /// The code on the patient's letter: an identifier that says it is one (its type's text or its
    /// system names a confirmation code) and reads as a kiosk code. Any other identifier (a record
    /// number that happens to be six letters and digits) is not printed on a letter, so not taken.
    /// </summary>
    private static string? ConfirmationCodeOf(Appointment appointment) =>
        appointment.Identifier
            .Where(i => Says(i.Type?.Text) || Says(i.System))
            .Select(i => ConfirmationCode.TryNormalise(i.Value, out var code) ? code : null)
            .FirstOrDefault(c => c is not null);

    private static bool Says(string? text) =>
        text is not null && (text.Contains("confirmation", StringComparison.OrdinalIgnoreCase) || text.Contains("booking-reference", StringComparison.OrdinalIgnoreCase));
}
