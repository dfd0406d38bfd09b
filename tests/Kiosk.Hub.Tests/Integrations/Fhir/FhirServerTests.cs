using System.Net;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using FhirAppointment = Hl7.Fhir.Model.Appointment;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Kiosk.Hub.Tests.Integrations.Fhir.FhirDay;

namespace Kiosk.Hub.Tests.Integrations.Fhir;

/// <summary>The hub's FHIR client against a real HTTP FHIR server: paged search, tokens, status written back, and failures told in staff words.</summary>
public sealed class FhirServerTests
{
    private static readonly DateOnly Day = new(2026, 7, 1);
    private FhirTestServer _server = null!;
    private readonly List<string> _files = [];

    [SetUp]
    public async Task StartServer() => _server = await FhirTestServer.StartAsync();

    [TearDown]
    public async Task StopServer()
    {
        await _server.DisposeAsync();
        _files.ForEach(File.Delete);
    }

    [Test]
    public async Task The_days_search_follows_next_links_with_the_bearer_token_and_the_clinics_day_bounds()
    {
        _server.Pages = [[Appointment("a1", start: "2026-07-01T09:00:00+01:00"), Patient("p1")], [Appointment("a2", start: "2026-07-01T10:00:00+01:00", patient: "Patient/p2"), Patient("p2")]];
        using var hub = Hub(new() { ["Hub:Fhir:BearerToken"] = "fixed-token", ["Hub:Fhir:Location"] = "Location/1" });

        var read = await hub.GetRequiredService<IScheduleSource>().ReadDayAsync(Day, CancellationToken.None);

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Select(a => a.SourceId), Is.EqualTo(new[] { "Appointment/a1", "Appointment/a2" }));
        Assert.That(_server.Requests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer fixed-token", "Bearer fixed-token" }));
        Assert.That(Uri.UnescapeDataString(_server.Requests[0].PathAndQuery), Is.EqualTo(
            "/fhir/R4/Appointment?date=ge2026-07-01T00:00:00+01:00&date=lt2026-07-02T00:00:00+01:00&_include=Appointment:patient&_include=Appointment:actor&location=Location/1"));
        Assert.That(_server.Requests[1].PathAndQuery, Is.EqualTo("/fhir/R4/Appointment?page=1"));
    }

    [Test]
    public async Task A_duplicate_across_pages_is_still_reported()
    {
        _server.Pages = [[Appointment("a1"), Patient("p1")], [Appointment("a1"), Patient("p1")]];
        using var hub = Hub([]);

        var read = await hub.GetRequiredService<IScheduleSource>().ReadDayAsync(Day, CancellationToken.None);

        Assert.That(read.Problems.Select(p => p.Field), Is.EqualTo(new[] { "id" }));
    }

    [Test]
    public async Task SMART_backend_services_gets_one_token_and_a_new_one_shortly_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var hub = Hub(Smart(_server.ClientKey), time);
        var source = hub.GetRequiredService<IScheduleSource>();

        await source.ReadDayAsync(Day, CancellationToken.None);
        await source.ReadDayAsync(Day, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(_server.TokenLifetimeSeconds - 30));
        await source.ReadDayAsync(Day, CancellationToken.None);

        Assert.That(_server.TokensIssued, Is.EqualTo(2));
        Assert.That(_server.Requests.Where(r => r.PathAndQuery.StartsWith("/fhir", StringComparison.Ordinal)).Select(r => r.Authorization),
            Is.EqualTo(new[] { "Bearer token-1", "Bearer token-1", "Bearer token-2" }));
    }

    [Test]
    public async Task An_assertion_signed_with_another_key_is_refused_and_reception_is_told_to_check_the_credentials()
    {
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        using var hub = Hub(Smart(stranger));

        var refused = await Assert.ThrowsAsync<ScheduleUnavailableException>(() => hub.GetRequiredService<IScheduleSource>().ReadDayAsync(Day, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("401").And.Contain("credentials"));
        Assert.That(_server.Requests.Any(r => r.PathAndQuery.StartsWith("/fhir", StringComparison.Ordinal)), Is.False, "no search without a token");
    }

    [TestCase(HttpStatusCode.InternalServerError, "500")]
    [TestCase(HttpStatusCode.Unauthorized, "401")]
    [TestCase(HttpStatusCode.Forbidden, "scopes")]
    public async Task A_failing_server_makes_the_day_unavailable_with_a_reason_and_no_patient_data(HttpStatusCode status, string reason)
    {
        _server.Pages = [[Appointment("a1"), Patient("p1")]];
        _server.Fail(1, status);
        using var hub = Hub([]);
        var source = hub.GetRequiredService<IScheduleSource>();

        var failed = await Assert.ThrowsAsync<ScheduleUnavailableException>(() => source.ReadDayAsync(Day, CancellationToken.None));

        Assert.That(failed!.Message, Does.Contain(reason).And.Contain("OperationOutcome: transient"));
        Assert.That(failed.Message, Does.Not.Contain("Jane").And.Not.Contain("1970"), "the server's diagnostics are not repeated");
        Assert.That((await source.ReadDayAsync(Day, CancellationToken.None)).Appointments, Has.Count.EqualTo(1), "the next poll works again");
    }

    [Test]
    public async Task A_server_that_is_gone_makes_the_day_unavailable()
    {
        var gone = await FhirTestServer.StartAsync();
        using var hub = Hub(new() { ["Hub:Fhir:BaseUrl"] = gone.FhirBase.ToString() });
        await gone.DisposeAsync();

        var failed = await Assert.ThrowsAsync<ScheduleUnavailableException>(() => hub.GetRequiredService<IScheduleSource>().ReadDayAsync(Day, CancellationToken.None));

        Assert.That(failed!.Message, Does.Contain("could not be reached"));
    }

    [Test]
    public async Task An_arrival_is_written_as_a_JSON_patch_of_the_status()
    {
        using var hub = Hub(new() { ["Hub:Fhir:BearerToken"] = "fixed-token" });

        await hub.GetRequiredService<IStatusWriter>().WriteAsync(new StatusWrite("Appointment/a1", SourceStatus.Arrived, DateTimeOffset.UtcNow), CancellationToken.None);

        var patch = _server.Requests.Single();
        Assert.That((patch.Method, patch.PathAndQuery, patch.ContentType, patch.Authorization),
            Is.EqualTo(("PATCH", "/fhir/R4/Appointment/a1", "application/json-patch+json; charset=utf-8", "Bearer fixed-token")));
        Assert.That(JsonDocument.Parse(patch.Body).RootElement.ToString(), Is.EqualTo(JsonDocument.Parse("""[{"op":"replace","path":"/status","value":"arrived"}]""").RootElement.ToString()));
    }

    [Test]
    public async Task A_server_without_PATCH_gets_the_appointment_put_back_with_the_new_status_and_its_version()
    {
        _server.PatchAllowed = false;
        _server.Stored = Json(Example("hl7-appointment-example2doctors.xml"));
        using var hub = Hub([]);

        await hub.GetRequiredService<IStatusWriter>().WriteAsync(new StatusWrite("Appointment/2docs", SourceStatus.NoShow, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.That(_server.Requests.Select(r => r.Method), Is.EqualTo(new[] { "PATCH", "GET", "PUT" }));
        var put = _server.Requests[2];
        var sent = new FhirJsonDeserializer().Deserialize<FhirAppointment>(put.Body);
        Assert.Multiple(() =>
        {
            Assert.That(put.IfMatch, Is.EqualTo("W/\"3\""));
            Assert.That(sent.Status, Is.EqualTo(FhirAppointment.AppointmentStatus.Noshow));
            Assert.That((sent.Id, sent.Participant.Count, sent.Description), Is.EqualTo(("2docs", 4, "Discussion about Peter Chalmers MRI results")), "the rest of the appointment is kept");
        });
    }

    [Test]
    public async Task A_write_the_server_refuses_fails_with_a_reason()
    {
        _server.Fail(1, HttpStatusCode.ServiceUnavailable);
        using var hub = Hub([]);

        var failed = await Assert.ThrowsAsync<StatusWriteFailedException>(() =>
            hub.GetRequiredService<IStatusWriter>().WriteAsync(new StatusWrite("Appointment/a1", SourceStatus.Fulfilled, DateTimeOffset.UtcNow), CancellationToken.None));

        Assert.That(failed!.Message, Does.Contain("503"));
    }

    [Test]
    public async Task The_changes_file_gets_one_JSON_line_per_status()
    {
        var path = TempFile();
        using var hub = Hub(new() { ["Hub:Fhir:WriteBack"] = "file", ["Hub:Fhir:ChangesFile"] = path });
        var writer = hub.GetRequiredService<IStatusWriter>();
        var at = new DateTimeOffset(2026, 7, 1, 9, 5, 0, TimeSpan.FromHours(1));

        await writer.WriteAsync(new StatusWrite("Appointment/1", SourceStatus.Arrived, at), CancellationToken.None);
        await writer.WriteAsync(new StatusWrite("Appointment/2", SourceStatus.NoShow, at), CancellationToken.None);

        Assert.That(File.ReadAllLines(path), Is.EqualTo(new[]
        {
            """{"appointment":"Appointment/1","status":"arrived","at":"2026-07-01T09:05:00+01:00"}""",
            """{"appointment":"Appointment/2","status":"noshow","at":"2026-07-01T09:05:00+01:00"}""",
        }));
        Assert.That(_server.Requests, Is.Empty);
    }

    private ServiceProvider Hub(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        settings.TryAdd("Hub:Fhir:BaseUrl", _server.FhirBase.ToString());
        var services = FhirSetupTests.Services(time);
        Assert.That(services.AddFhirIntegration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()), Is.Null);
        return services.BuildServiceProvider();
    }

    private Dictionary<string, string?> Smart(System.Security.Cryptography.RSA key)
    {
        var pem = TempFile();
        File.WriteAllText(pem, key.ExportPkcs8PrivateKeyPem());
        return new() { ["Hub:Fhir:TokenUrl"] = _server.TokenUrl.ToString(), ["Hub:Fhir:ClientId"] = _server.ClientId, ["Hub:Fhir:PrivateKeyFile"] = pem };
    }

    private string TempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiosk-fhir-{Guid.NewGuid():N}");
        _files.Add(path);
        return path;
    }
}
