using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Who may call what comes from authentication; a phone or a stranger can only watch a ticket they hold.</summary>
public sealed class AuthorisationTests
{
    private static readonly AppointmentLookup Someone = DemoPatients.Rahman;
    private HubServer _server = null!;

    [OneTimeSetUp]
    public void StartHub() => _server = new HubServer();

    [OneTimeTearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public async Task Without_a_kiosk_key_nobody_can_look_up_or_check_in_a_patient()
    {
        await using var stranger = await _server.AnonymousAsync();
        await using var reception = await _server.ReceptionAsync();

        await Assert.ThrowsAsync<HubException>(() => stranger.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), Someone));
        await Assert.ThrowsAsync<HubException>(() => reception.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), Someone));
        await Assert.ThrowsAsync<HubException>(() => stranger.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(Guid.NewGuid(), Guid.NewGuid(), "Rahman", Someone.DateOfBirth)));
    }

    [Test]
    public async Task Only_reception_can_see_the_board_or_call_a_patient()
    {
        await using var stranger = await _server.AnonymousAsync();
        await using var kiosk = await _server.KioskAsync();
        var call = new CallVisitRequest(Guid.NewGuid(), "Room 2");

        foreach (var client in new[] { stranger, kiosk })
        {
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard)));
            await Assert.ThrowsAsync<HubException>(() => client.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), call));
        }
    }

    [Test]
    public void A_wrong_key_is_refused_at_the_door()
    {
        Assert.That(async () => await _server.ConnectAsync(HubServer.Secret()), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public void A_key_shorter_than_sixteen_characters_is_never_accepted()
    {
        using var weak = new HubServer(kioskKey: "short-key");

        Assert.That(async () => await weak.KioskAsync(), Throws.InstanceOf<HttpRequestException>());
        weak.DeleteData();
    }
}
