using Hl7.Fhir.Model;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using static Kiosk.Hub.Tests.Integrations.Fhir.FhirDay;

namespace Kiosk.Hub.Tests.Integrations.Fhir;

/// <summary>A FHIR R4 bundle read into the clinic's day: the published examples first, then every way a bundle can be wrong.</summary>
public sealed class FhirScheduleTests
{
    [Test]
    public void The_specifications_two_doctor_appointment_reads_with_the_patients_official_name()
    {
        var careful = new Practitioner { Id = "example", Identifier = [new Identifier("http://www.acme.org/practitioners", "23")] };
        var bundle = Searchset(Example("hl7-appointment-example2doctors.xml"), Example("hl7-patient-example.json"), careful);

        var read = Schedule().Read(Json(bundle));

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments, Is.EqualTo(new[]
        {
            new SourceAppointment("Appointment/2docs", DateTimeOffset.Parse("2013-12-09T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 120,
                SourceStatus.Booked, "careful", "discussion", new PatientIdentity("Peter James", "Chalmers", new DateOnly(1974, 12, 25))),
        }));
    }

    [Test]
    public void A_practitioner_maps_by_an_identifier_of_the_included_resource_when_its_reference_is_unknown()
    {
        var maas = new Practitioner { Id = "f202", Identifier = [new Identifier("http://www.acme.org/practitioners", "23")] };
        var clinic = ClinicWith(carefulIds: ["Practitioner/someone-else"]);
        var bundle = Searchset(Example("hl7-appointment-example2doctors.xml"), Example("hl7-patient-example.json"), maas);

        var read = Schedule(clinic).Read(bundle);

        Assert.That(read.Appointments.Single().ProviderId, Is.EqualTo("maas"), "Practitioner/example does not map, so the second doctor's identifier decides");
    }

    [Test]
    public void The_Cerner_sandbox_appointment_maps_its_service_and_resource_and_reports_the_patient_the_search_did_not_include()
    {
        var read = Schedule().Read(Searchset(Example("cerner-appointment-20465903.json"), Example("cerner-patient-4342009.json")));

        Assert.That(read.Appointments, Is.Empty);
        Assert.That(read.Problems, Is.EqualTo(new[]
        {
            new ImportProblem("entry 1 (Appointment/20465903)", "participant", "Patient/1316026 is not included in the bundle (search with _include=Appointment:patient)."),
        }), "the Location is not a problem; 'OR Rooms' and Cerner's code set 14249 map");
    }

    [Test]
    public void A_Cerner_patient_referenced_by_full_url_gives_its_official_name_and_birth_date()
    {
        var patient = Example("cerner-patient-4342009.json");
        var appointment = Appointment("a1", patient: $"{Server}/Patient/4342009", extra: "\"minutesDuration\": 25, \"meta\": { \"lastUpdated\": \"2026-12-02T08:40:00Z\" },");
        var bundle = Searchset(patient);
        var json = Json(bundle).Replace("\"entry\":[", $"\"entry\":[{{\"resource\":{appointment}}},", StringComparison.Ordinal);

        var read = Schedule().Read(json);

        Assert.That(read.Problems, Is.Empty);
        var only = read.Appointments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(only.Patient, Is.EqualTo(new PatientIdentity("NANCY", "SMART", new DateOnly(1980, 8, 11))));
            Assert.That(only.Minutes, Is.EqualTo(25), "minutesDuration comes first");
            Assert.That(only.StatusSince, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 8, 40, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void A_collection_from_a_file_may_point_at_its_patient_by_uuid()
    {
        const string uuid = "urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0";
        var json = $$"""
            { "resourceType": "Bundle", "type": "collection", "entry": [
              { "fullUrl": "{{uuid}}", "resource": { "resourceType": "Patient", "birthDate": "1980-02-29", "name": [ { "family": "Okafor", "given": [ "Ada" ] } ] } },
              { "resource": {{Appointment("a1", patient: uuid)}} } ] }
            """;

        var read = Schedule().Read(json);

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Single().Patient, Is.EqualTo(new PatientIdentity("Ada", "Okafor", new DateOnly(1980, 2, 29))));
    }

    [TestCase("booked", SourceStatus.Booked)]
    [TestCase("pending", SourceStatus.Booked)]
    [TestCase("proposed", SourceStatus.Booked)]
    [TestCase("arrived", SourceStatus.Arrived)]
    [TestCase("checked-in", SourceStatus.Arrived)]
    [TestCase("fulfilled", SourceStatus.Fulfilled)]
    [TestCase("noshow", SourceStatus.NoShow)]
    [TestCase("cancelled", SourceStatus.Cancelled)]
    [TestCase("entered-in-error", SourceStatus.Cancelled)]
    public void Each_FHIR_status_becomes_the_lobbys(string code, SourceStatus expected)
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1", status: code), Patient()));

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Single().Status, Is.EqualTo(expected));
    }

    [TestCase("waitlist", "A waitlisted appointment has no time to check in for; book it first.")]
    [TestCase("resting", "'resting' is not an appointment status this hub knows.")]
    public void A_status_the_lobby_cannot_act_on_is_a_problem(string code, string why) =>
        Assert.That(Schedule().Read(SearchsetJson(Appointment("a1", status: code), Patient())).Problems,
            Is.EqualTo(new[] { new ImportProblem("entry 1 (Appointment/a1)", "status", why) }));

    [TestCase("""{ "use": "usual", "family": "Okafor", "given": [ "Addy" ] }, { "use": "official", "family": "Okafor", "given": [ "Adaeze", "Ngozi" ], "prefix": [ "Mrs" ] }""", "Adaeze Ngozi", "Okafor")]
    [TestCase("""{ "use": "old", "family": "Bello", "given": [ "Ada" ] }, { "use": "usual", "family": "Okafor", "given": [ "Ada" ] }""", "Ada", "Okafor")]
    [TestCase("""{ "family": "Bello", "given": [ "Ada" ], "period": { "end": "2020-01-01" } }, { "family": "Okafor", "given": [ "Ada" ] }""", "Ada", "Okafor")]
    [TestCase("""{ "use": "official", "text": "Okafor, Mrs Ada Ngozi" }""", "Ada Ngozi", "Okafor")]
    [TestCase("""{ "text": "Dr. Ada Ngozi Okafor", "prefix": [ "Dr." ] }""", "Ada Ngozi", "Okafor")]
    [TestCase("""{ "text": "Mrs Don Ada Okafor" }""", "Don Ada", "Okafor")]
    [TestCase("""{ "use": "usual", "given": [ "Jim" ] }, { "use": "nickname", "family": "Okafor", "given": [ "Ada" ] }""", "Ada", "Okafor")]
    public void The_patients_name_is_the_current_official_one_without_titles(string names, string first, string last)
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1"), Patient(names: names)));

        Assert.That(read.Problems, Is.Empty);
        Assert.That((read.Appointments.Single().Patient.FirstName, read.Appointments.Single().Patient.LastName), Is.EqualTo((first, last)));
    }

    [TestCase("", "Patient/p1 has no birth date; the kiosk asks for it.")]
    [TestCase("\"birthDate\": \"1974\",", "Patient/p1 has only part of a birth date; the kiosk asks for the whole date.")]
    [TestCase("\"birthDate\": \"1974-12\",", "Patient/p1 has only part of a birth date; the kiosk asks for the whole date.")]
    public void A_patient_without_a_whole_birth_date_is_a_problem_that_does_not_repeat_it(string birth, string why)
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1"), Patient(birth: birth)));

        Assert.That(read.Appointments, Is.Empty);
        Assert.That(read.Problems, Is.EqualTo(new[] { new ImportProblem("entry 1 (Appointment/a1)", "birthDate", why) }));
        Assert.That(read.Problems.Single().ToString(), Does.Not.Contain("Okafor").And.Not.Contain("Ada"));
    }

    [Test]
    public void An_unmapped_practitioner_is_named_with_where_to_map_it()
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1", practitioner: "Practitioner/9876"), Patient()));

        Assert.That(read.Problems, Is.EqualTo(new[]
        {
            new ImportProblem("entry 1 (Appointment/a1)", "participant", "No provider for Practitioner/9876; add it to the provider's sourceIds in the clinic file."),
        }));
    }

    [Test]
    public void A_practitioner_role_maps_through_its_practitioner()
    {
        const string role = """{ "resourceType": "PractitionerRole", "id": "r7", "practitioner": { "reference": "Practitioner/example" } }""";

        var read = Schedule().Read(SearchsetJson(Appointment("a1", practitioner: "PractitionerRole/r7"), Patient(), role));

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Single().ProviderId, Is.EqualTo("careful"));
    }

    [Test]
    public void An_unmapped_visit_type_is_named_by_its_codes_with_where_to_map_it()
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1", serviceCode: "999"), Patient()));

        Assert.That(read.Problems, Is.EqualTo(new[]
        {
            new ImportProblem("entry 1 (Appointment/a1)", "serviceType", "No visit type for '999'; add one of them to a visit type's sourceCodes in the clinic file."),
        }));
    }

    [Test]
    public void Without_duration_or_end_the_visit_types_length_is_used_and_a_time_without_offset_is_the_clinics()
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1", start: "2026-07-01T09:30:00"), Patient()));

        var only = read.Appointments.Single();
        Assert.That((only.StartsAt, only.Minutes), Is.EqualTo((new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(1)), 20)), "London is on summer time in July");
    }

    [Test]
    public void A_confirmation_code_comes_from_an_identifier_that_says_it_is_one_and_reads_as_one()
    {
        var extra = """ "identifier": [ { "system": "urn:ehr", "value": "234567" }, { "type": { "text": "Confirmation code" }, "system": "urn:letters", "value": "k7m-2qp" } ], """;
        var recordNumberOnly = """ "identifier": [ { "system": "urn:ehr", "value": "234567" } ], """;

        var read = Schedule().Read(SearchsetJson(Appointment("a1", extra: extra), Patient()));
        var none = Schedule().Read(SearchsetJson(Appointment("a1", extra: recordNumberOnly), Patient()));

        Assert.That(read.Appointments.Single().ConfirmationCode, Is.EqualTo("K7M2QP"));
        Assert.That(none.Appointments.Single().ConfirmationCode, Is.Null, "a record number that happens to read as a code is not on the patient's letter");
    }

    [Test]
    public void An_appointment_twice_in_a_bundle_is_read_once_and_reported_at_the_second()
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1"), Patient(), Appointment("a1", start: "2026-12-02T10:00:00Z")));

        Assert.That(read.Appointments.Select(a => a.StartsAt.Hour), Is.EqualTo(new[] { 9 }));
        Assert.That(read.Problems, Is.EqualTo(new[] { new ImportProblem("entry 3 (Appointment/a1)", "id", "Appointment/a1 is in the bundle twice; only the first is read.") }));
    }

    [Test]
    public void A_resource_of_another_type_is_reported_and_locations_and_outcomes_are_not()
    {
        const string observation = """{ "resourceType": "Observation", "id": "o1", "status": "final", "code": { "text": "BP" } }""";
        const string location = """{ "resourceType": "Location", "id": "1" }""";
        const string outcome = """{ "resourceType": "OperationOutcome", "issue": [ { "severity": "information", "code": "informational" } ] }""";

        var read = Schedule().Read(SearchsetJson(Appointment("a1"), Patient(), observation, location, outcome));

        Assert.That(read.Appointments, Has.Count.EqualTo(1));
        Assert.That(read.Problems, Is.EqualTo(new[] { new ImportProblem("entry 3 (Observation/o1)", "resourceType", "Resource type Observation is not used here.") }));
    }

    [TestCase("{ \"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [ ", "resource")]
    [TestCase("", "resource")]
    [TestCase("{ \"type\": \"searchset\" }", "resource")]
    [TestCase("{ \"resourceType\": \"Patient\", \"id\": \"p1\", \"birthDate\": \"1980-02-29\" }", "resourceType")]
    [TestCase("{ \"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": [] }", "type")]
    public void A_file_that_is_not_a_day_is_one_problem_and_no_exception(string json, string field)
    {
        var read = Schedule().Read(json);

        Assert.That(read.Appointments, Is.Empty);
        Assert.That(read.Problems, Has.Count.EqualTo(1));
        Assert.That((read.Problems[0].Where, read.Problems[0].Field), Is.EqualTo(("file", field)), read.Problems[0].Why);
    }

    [Test]
    public void Every_problem_with_an_appointment_is_reported_at_once()
    {
        var read = Schedule().Read(SearchsetJson(Appointment("a1", status: "waitlist", practitioner: "Practitioner/0", serviceCode: "0"), Patient(birth: "")));

        Assert.That(read.Problems.Select(p => p.Field), Is.EquivalentTo(new[] { "status", "participant", "serviceType", "birthDate" }));
    }
}
