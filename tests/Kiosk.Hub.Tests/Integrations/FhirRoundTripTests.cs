using System.Globalization;
using Kiosk.Contracts;
using Kiosk.Hub.Integrations;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using static Kiosk.Hub.Tests.Integrations.Fhir.FhirDay;

namespace Kiosk.Hub.Tests.Integrations;

/// <summary>
/// The whole loop against a real FHIR server over HTTP: the hub polls today's appointments, the
/// patient checks in at the kiosk, "arrived" and then "fulfilled" reach the server as JSON
/// patches (a failure waits and is retried, never holding up the patient), and the day exports.
/// </summary>
public sealed class FhirRoundTripTests
{
    private static readonly AppointmentLookup Nowak = new("Nowak", new DateOnly(1979, 2, 14));
    private FakeTimeProvider _time = null!;
    private FhirTestServer _fhir = null!;
    private HubServer _hub = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _time = EmptyDay.Midday();
        _fhir = await FhirTestServer.StartAsync();
        var start = _time.GetUtcNow().AddMinutes(20).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        _fhir.Pages =
        [
            [Appointment("a1", start: start, practitioner: "Practitioner/pr-lee", serviceCode: "BLOODS")],
            [Patient(names: """{ "use": "official", "family": "Nowak", "given": [ "Fatima" ], "prefix": [ "Mrs" ] }""", birth: "\"birthDate\": \"1979-02-14\",")],
        ];
        _hub = EmptyDay.Hub(_time, new Dictionary<string, string>
        {
            ["Hub:Fhir:BaseUrl"] = _fhir.FhirBase.ToString(),
            ["Hub:Fhir:BearerToken"] = "clinic-token",
        });
    }

    [TearDown]
    public async Task StopAsync()
    {
        _hub.Dispose();
        _hub.DeleteData();
        await _fhir.DisposeAsync();
    }

    private T Running<T>() => _hub.Services.GetServices<IHostedService>().OfType<T>().Single();

    private IReadOnlyList<FhirTestServer.Recorded> Patches => [.. _fhir.Requests.Where(r => r.Method == "PATCH")];

    private async Task<WriteBackState> ReceptionSeesAsync()
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleNews>().WriteBackAsync();
    }

    [Test]
    public async Task Polled_checked_in_written_back_through_a_failure_and_exported()
    {
        await Running<SchedulePoller>().PollAsync(default);
        await using var kiosk = await _hub.KioskAsync();
        await using var desk = await _hub.ReceptionAsync();

        // The server is down when the patient checks in: the patient gets a ticket all the same.
        _fhir.Fail(1, System.Net.HttpStatusCode.ServiceUnavailable, "PATCH");
        var ticket = await kiosk.CheckInAsync(Nowak);
        await Running<StatusWriteBack>().SendDueAsync(default);
        var failing = await ReceptionSeesAsync();
        await Running<StatusWriteBack>().SendDueAsync(default);
        var patchesBeforeThePause = Patches.Count;
        _time.Advance(StatusWriteBack.PauseAfter(1));
        await Running<StatusWriteBack>().SendDueAsync(default);

        Assert.That(ticket.Code, Does.StartWith("A"));
        Assert.That((failing.Waiting, failing.Failing), Is.EqualTo((1, 1)));
        Assert.That(failing.LastError, Does.Contain("503").And.Not.Contain("Jane Doe"));
        Assert.That(patchesBeforeThePause, Is.EqualTo(1), "a failed write waits for its pause before it is tried again");
        Assert.That(Patches, Has.Count.EqualTo(2));
        var arrived = Patches[1];
        Assert.That((arrived.PathAndQuery, arrived.Authorization), Is.EqualTo(("/fhir/R4/Appointment/a1", "Bearer clinic-token")));
        Assert.That(arrived.ContentType, Does.StartWith("application/json-patch+json"));
        Assert.That(arrived.Body, Does.Contain("\"/status\"").And.Contain("\"arrived\""));
        Assert.That((await ReceptionSeesAsync()).Waiting, Is.Zero);

        // Seen: the server hears "fulfilled"; being called or in the room is still "arrived" to it.
        var id = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == ticket.Code).VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));
        await Running<StatusWriteBack>().SendDueAsync(default);

        Assert.That(Patches.Select(p => p.Body.Contains("\"fulfilled\"")), Is.EqualTo(new[] { false, false, true }));

        // The next poll finds the server saying "fulfilled": nothing changes, nothing is written again.
        _fhir.Pages = [[Appointment("a1", status: "fulfilled", start: _time.GetUtcNow().AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), practitioner: "Practitioner/pr-lee", serviceCode: "BLOODS"), Patient(names: """{ "use": "official", "family": "Nowak", "given": [ "Fatima" ] }""", birth: "\"birthDate\": \"1979-02-14\",")]];
        await Running<SchedulePoller>().PollAsync(default);
        await Running<StatusWriteBack>().SendDueAsync(default);
        Assert.That(Patches, Has.Count.EqualTo(3));

        var day = _hub.Services.GetRequiredService<ClinicProfile>().Today(_time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dir = Path.Combine(_hub.DataDirectory, "export");
        Directory.CreateDirectory(dir);
        var (exit, _) = await _hub.ExportAsync("visits", "--from", day, "--to", day, "--out", Path.Combine(dir, "visits.csv"));
        var visits = await File.ReadAllTextAsync(Path.Combine(dir, "visits.csv"));
        Assert.That(exit, Is.Zero);
        Assert.That(visits, Does.Contain(ticket.Code).And.Contain("done").And.Not.Contain("Nowak"));
    }

    [Test]
    public async Task A_server_that_cannot_be_read_is_reported_once_per_reason_and_the_next_good_read_says_so()
    {
        _fhir.Fail(100, System.Net.HttpStatusCode.ServiceUnavailable, "GET");
        await Running<SchedulePoller>().PollAsync(default);
        await Running<SchedulePoller>().PollAsync(default);
        var whileDown = await ReportsAsync();
        _fhir.Fail(0, System.Net.HttpStatusCode.ServiceUnavailable);
        await Running<SchedulePoller>().PollAsync(default);
        var afterwards = await ReportsAsync();

        Assert.That(whileDown.Count(r => r.Failure is not null), Is.EqualTo(1), "told once, not at every poll");
        Assert.That(whileDown[0].Failure, Does.Contain("503").And.Not.Contain("Jane Doe"));
        Assert.That(afterwards[0].Failure, Is.Null, "the good read after a failure is reported, so reception sees the source is back");
        await using var kiosk = await _hub.KioskAsync();
        Assert.That(await kiosk.FindAppointmentIdAsync(Nowak), Is.Not.EqualTo(Guid.Empty));
    }

    private async Task<IReadOnlyList<ScheduleReport>> ReportsAsync()
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleNews>().LatestAsync();
    }
}
