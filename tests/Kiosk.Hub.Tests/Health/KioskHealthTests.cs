using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Hub.Auth;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Health;

/// <summary>Reception sees every enrolled kiosk: online, offline within a minute, never seen, gone when revoked.</summary>
public sealed class KioskHealthTests
{
    private static readonly KioskHealthReport Report = new("3f2a9c1b04de", null);
    private HubServer _hub = null!;

    [SetUp]
    public void StartHub() => _hub = new HubServer();

    [TearDown]
    public void StopHub()
    {
        _hub.Dispose();
        _hub.DeleteData();
    }

    [Test]
    public async Task A_kiosk_heartbeat_shows_on_reception_as_online_with_what_it_reported()
    {
        var (reception, kiosks, before) = await WatchAsync(_hub);
        await using var kiosk = await _hub.KioskAsync();

        await kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);

        var lobby = Lobby(await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Online));
        Assert.Multiple(() =>
        {
            Assert.That(Lobby(before).Status, Is.EqualTo(KioskStatus.NeverSeen), "enrolled but not yet connected");
            Assert.That(lobby.ContentVersion, Is.EqualTo(Report.ContentVersion));
            Assert.That(lobby.OutboxDepth, Is.Null, "a kiosk without an outbox is not shown as an empty one");
            Assert.That(lobby.LastSeen, Is.Not.Null);
        });
        await reception.DisposeAsync();
    }

    [Test]
    public async Task Dropping_the_kiosk_connection_flags_it_offline_at_once()
    {
        var (reception, kiosks, _) = await WatchAsync(_hub);
        var kiosk = await _hub.KioskAsync();
        await kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);
        await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Online);

        await kiosk.DisposeAsync();

        var lobby = Lobby(await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Offline, TimeSpan.FromSeconds(5)));
        Assert.That(lobby.OfflineReason, Is.EqualTo("connection lost"));
        await reception.DisposeAsync();
    }

    [Test]
    public async Task A_kiosk_that_comes_back_is_online_again_with_its_new_report()
    {
        var (reception, kiosks, _) = await WatchAsync(_hub);
        var first = await _hub.KioskAsync();
        await first.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);
        await first.DisposeAsync();
        await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Offline);

        await using var again = await _hub.KioskAsync();
        await again.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), new KioskHealthReport("after-update", 0));

        var lobby = Lobby(await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Online));
        Assert.Multiple(() =>
        {
            Assert.That(lobby.ContentVersion, Is.EqualTo("after-update"));
            Assert.That(lobby.OutboxDepth, Is.Zero);
            Assert.That(lobby.OfflineReason, Is.Null);
        });
        await reception.DisposeAsync();
    }

    [Test]
    public async Task A_check_in_at_the_kiosk_shows_as_its_last_check_in()
    {
        var (reception, kiosks, _) = await WatchAsync(_hub);
        await using var kiosk = await _hub.KioskAsync();
        await kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);

        var before = DateTimeOffset.UtcNow;
        await kiosk.CheckInAsync(DemoPatients.Rahman);
        var after = DateTimeOffset.UtcNow;

        var lobby = Lobby(await kiosks.NextAsync(l => Lobby(l).LastCheckIn is not null));
        Assert.That(lobby.LastCheckIn, Is.InRange(before, after));
        await reception.DisposeAsync();
    }

    [Test]
    public async Task Each_kiosk_is_named_by_its_own_key_and_a_revoked_one_disappears()
    {
        var secondKey = await _hub.Enrolled("lobby-2");
        var (reception, kiosks, before) = await WatchAsync(_hub);
        await using var second = await _hub.ConnectAsync(secondKey);

        await second.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);
        var both = await kiosks.NextAsync(l => Row(l, "lobby-2")?.Status == KioskStatus.Online);
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KioskEnrolments>().RevokeAsync("lobby-2");
        }

        var after = await kiosks.NextAsync(l => Row(l, "lobby-2") is null);
        Assert.Multiple(() =>
        {
            Assert.That(before.Kiosks.Select(k => (k.KioskId, k.Status)), Is.EqualTo(new[] { ("lobby", KioskStatus.NeverSeen), ("lobby-2", KioskStatus.NeverSeen) }));
            Assert.That(Lobby(both).Status, Is.EqualTo(KioskStatus.NeverSeen), "lobby-2's beat did not light up lobby");
            Assert.That(after.Kiosks.Select(k => k.KioskId), Is.EqualTo(new[] { "lobby" }));
        });
        await reception.DisposeAsync();
    }

    [Test]
    public async Task Only_a_kiosk_may_send_a_heartbeat()
    {
        var (reception, _, _) = await WatchAsync(_hub);
        await using var stranger = await _hub.AnonymousAsync();

        var asReception = await Assert.ThrowsAsync<HubException>(() => reception.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report));
        var asStranger = await Assert.ThrowsAsync<HubException>(() => stranger.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report));

        var list = await reception.InvokeAsync<KioskList>(nameof(IWaitingRoomHub.WatchKiosks));
        Assert.Multiple(() =>
        {
            Assert.That(asReception!.Message, Does.Contain("unauthorized").IgnoreCase);
            Assert.That(asStranger!.Message, Does.Contain("unauthorized").IgnoreCase);
            Assert.That(list.Kiosks.Select(k => k.Status), Is.All.EqualTo(KioskStatus.NeverSeen));
        });
        await reception.DisposeAsync();
    }

    [TestCase(null, null, "health report")]
    [TestCase("", null, "content version")]
    [TestCase("not a version!", null, "content version")]
    [TestCase("v1", -1, "outbox depth")]
    public async Task A_heartbeat_that_makes_no_sense_is_refused_with_a_reason(string? version, int? outbox, string reason)
    {
        await using var kiosk = await _hub.KioskAsync();
        var report = version is null ? null : new KioskHealthReport(version, outbox);

        var refused = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), report));

        Assert.That(refused!.Message, Does.Contain(reason));
        Assert.That(refused.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
    }

    internal static async Task<(HubConnection Reception, Inbox<KioskList> Kiosks, KioskList Now)> WatchAsync(HubServer hub)
    {
        var reception = await hub.ReceptionAsync();
        var kiosks = new Inbox<KioskList>(reception, nameof(IWaitingRoomClient.KiosksChanged));
        return (reception, kiosks, await reception.InvokeAsync<KioskList>(nameof(IWaitingRoomHub.WatchKiosks)));
    }

    internal static KioskHealthRow Lobby(KioskList list) => Row(list, "lobby")!;

    private static KioskHealthRow? Row(KioskList list, string id) => list.Kiosks.SingleOrDefault(k => k.KioskId == id);
}
