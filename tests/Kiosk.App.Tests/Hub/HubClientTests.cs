using Kiosk.App.Core.Hub;
using Kiosk.App.Hub;
using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Tests.Hub;

/// <summary>The kiosk's real SignalR client against the real hub on a loopback port.</summary>
public sealed class HubClientTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_kiosk_started_before_the_hub_keeps_trying_and_goes_online_when_the_hub_appears()
    {
        var port = HubServer.FreePort();
        var key = HubServer.Secret();
        await using var client = Client(port, key);
        var reconnecting = Waiter(client, HubLink.Reconnecting);
        var online = Waiter(client, HubLink.Online);

        await client.StartAsync(CancellationToken.None);
        await reconnecting.WaitAsync(Patience);
        Assert.That(client.Link, Is.EqualTo(HubLink.Reconnecting), "the kiosk says it is reconnecting while the hub is missing");
        using var hub = new HubServer(kioskKey: key, port: port);

        Assert.That(await Task.WhenAny(online, Task.Delay(Patience)), Is.SameAs(online), "the kiosk never gave up and came online");
        var found = await client.FindAppointmentAsync(DemoPatients.Rahman);
        Assert.That(found.Value?.Outcome, Is.EqualTo(LookupOutcome.Found));
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
    }

    [Test]
    public async Task A_ticket_followed_through_the_kiosk_client_updates_when_reception_calls_the_patient_ahead()
    {
        using var hub = new HubServer();
        await using var client = Client(hub.BaseAddress.Port, hub.KioskKey);
        var online = Waiter(client, HubLink.Online);
        await client.StartAsync(CancellationToken.None);
        await online.WaitAsync(Patience);
        await using var reception = await hub.ReceptionAsync();
        var first = await CheckInAsync(client, DemoPatients.Rahman);
        var second = await CheckInAsync(client, DemoPatients.Adeyemi);
        var moved = new TaskCompletionSource<TicketView>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.TicketUpdated += t =>
        {
            if (t.Token == second.Token && t.PlaceInLine == 1)
            {
                moved.TrySetResult(t);
            }
        };
        await client.WatchTicketAsync(second.Token);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        await reception.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(board.Rows.Single(r => r.Code == first.Code).VisitId, "Room 2"));

        var update = await moved.Task.WaitAsync(Patience);
        Assert.That(update.Code, Is.EqualTo(second.Code));
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
    }

    [Test]
    public async Task A_refusal_from_the_hub_reaches_the_kiosk_with_its_code_and_the_hubs_own_words()
    {
        using var hub = new HubServer();
        await using var client = Client(hub.BaseAddress.Port, hub.KioskKey);
        var online = Waiter(client, HubLink.Online);
        await client.StartAsync(CancellationToken.None);
        await online.WaitAsync(Patience);

        var refused = await client.FindAppointmentAsync(new AppointmentLookup("", new DateOnly(1990, 1, 1)));

        Assert.That(refused.Refusal, Is.EqualTo(new Refusal(RefusalCodes.InvalidInput, "Please enter a last name.", nameof(AppointmentLookup.LastName))));
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
    }

    [Test]
    public void The_retry_policy_never_gives_up_and_never_waits_longer_than_its_cap()
    {
        var policy = new NeverGiveUpRetryPolicy(TimeSpan.FromSeconds(15));

        var delays = Enumerable.Range(0, 1000).Select(n => policy.NextRetryDelay(new RetryContext { PreviousRetryCount = n })).ToList();

        Assert.That(delays, Has.None.Null);
        Assert.That(delays[0], Is.EqualTo(TimeSpan.Zero));
        Assert.That(delays.Max(), Is.EqualTo(TimeSpan.FromSeconds(15)));
    }

    private static HubClient Client(int port, string key) => new(
        Options.Create(new KioskOptions { HubUrl = $"http://127.0.0.1:{port}", DeviceKey = key }),
        NullLogger<HubClient>.Instance);

    private static Task Waiter(HubClient client, HubLink wanted)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.LinkChanged += link =>
        {
            if (link == wanted)
            {
                reached.TrySetResult();
            }
        };
        return reached.Task;
    }

    private static async Task<TicketView> CheckInAsync(HubClient client, AppointmentLookup patient)
    {
        var found = (await client.FindAppointmentAsync(patient)).Value!;
        return (await client.CheckInAsync(new CheckInRequest(Guid.NewGuid(), found.Appointment!.AppointmentId, patient.LastName, patient.DateOfBirth))).Value!;
    }
}
