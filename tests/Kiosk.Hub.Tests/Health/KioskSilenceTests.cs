using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using static Kiosk.Hub.Tests.Health.KioskHealthTests;

namespace Kiosk.Hub.Tests.Health;

/// <summary>A kiosk whose connection stays open but which stops beating (a frozen screen) is caught by the clock.</summary>
public sealed class KioskSilenceTests
{
    [Test]
    public async Task A_kiosk_silent_for_more_than_45_seconds_is_flagged_offline_within_60()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var hub = new HubServer(time: time);
        var (reception, kiosks, _) = await WatchAsync(hub);
        await using var kiosk = await hub.KioskAsync();
        await kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), new KioskHealthReport("v1", null));
        var beatAt = Lobby(await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Online)).LastSeen!.Value;

        Advance(time, TimeSpan.FromSeconds(40));
        var quietButFine = await reception.InvokeAsync<KioskList>(nameof(IWaitingRoomHub.WatchKiosks));
        Advance(time, TimeSpan.FromSeconds(20));
        var flagged = await kiosks.NextAsync(l => Lobby(l).Status == KioskStatus.Offline);

        Assert.Multiple(() =>
        {
            Assert.That(Lobby(quietButFine).Status, Is.EqualTo(KioskStatus.Online), "40 s without a beat is not yet offline");
            Assert.That(flagged.AsOf - beatAt, Is.GreaterThan(TimeSpan.FromSeconds(45)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(Lobby(flagged).OfflineReason, Does.StartWith("no heartbeat"));
        });
        await reception.DisposeAsync();
        hub.DeleteData();
    }

    /// <summary>In the watch's own 5-second steps, as a wall clock would pass.</summary>
    private static void Advance(FakeTimeProvider time, TimeSpan by)
    {
        for (var passed = TimeSpan.Zero; passed < by; passed += TimeSpan.FromSeconds(5))
        {
            time.Advance(TimeSpan.FromSeconds(5));
        }
    }
}
