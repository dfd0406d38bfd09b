using Kiosk.App.Health;
using Kiosk.App.Core.Hub;
using Kiosk.App.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.Hub;

/// <summary>The kiosk's real client says "I am here" to the real hub on connect and every 15 s of its own clock.</summary>
public sealed class HeartbeatTests
{
    [Test]
    public async Task The_kiosk_beats_on_connect_and_again_each_time_15_seconds_pass()
    {
        using var hub = new HubServer();
        var kioskTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var reception = await hub.ReceptionAsync();
        var kiosks = new Inbox<KioskList>(reception, nameof(IWaitingRoomClient.KiosksChanged));
        await reception.InvokeAsync<KioskList>(nameof(IWaitingRoomHub.WatchKiosks));
        await using var client = new HubClient(
            Options.Create(new KioskOptions { HubUrl = hub.BaseAddress.ToString(), DeviceKey = hub.KioskKey }),
            NullLogger<HubClient>.Instance, kioskTime, new KioskSelfReport("content-1"));

        await client.StartAsync(CancellationToken.None);
        var onConnect = Lobby(await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Online));
        kioskTime.Advance(HubClient.HeartbeatEvery);
        var second = Lobby(await kiosks.NextAsync(l => Lobby(l).LastSeen > onConnect.LastSeen));
        kioskTime.Advance(HubClient.HeartbeatEvery);
        var third = Lobby(await kiosks.NextAsync(l => Lobby(l).LastSeen > second.LastSeen));

        Assert.Multiple(() =>
        {
            Assert.That(onConnect.ContentVersion, Is.EqualTo("content-1"));
            Assert.That(onConnect.OutboxDepth, Is.Null, "no outbox exists, so none is claimed");
            Assert.That(third.Status, Is.EqualTo(KioskStatus.Online));
        });
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
    }

    private static KioskHealthRow Lobby(KioskList list) => list.Kiosks.Single(k => k.KioskId == "lobby");
}
