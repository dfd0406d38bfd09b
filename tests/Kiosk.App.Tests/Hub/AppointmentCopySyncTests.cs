using Kiosk.App.Core.Offline;
using Kiosk.App.Health;
using Kiosk.App.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Contracts.Offline;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Tests.Hub;

/// <summary>The real kiosk client against the real hub: it takes today's appointment copy on connect and reports its outbox and copy in heartbeats.</summary>
public sealed class AppointmentCopySyncTests
{
    [Test]
    public async Task On_connect_the_kiosk_takes_todays_copy_and_reception_sees_its_outbox_depth_and_last_sync()
    {
        using var hub = new HubServer();
        var folder = Path.Combine(Path.GetTempPath(), $"kiosk-copy-{Guid.NewGuid():N}");
        var copies = new AppointmentCopyStore(folder, new SealedBox(hub.KioskKey, SealedBox.CopyPurpose), TimeProvider.System);
        await using var reception = await hub.ReceptionAsync();
        var kiosks = new Inbox<KioskList>(reception, nameof(IWaitingRoomClient.KiosksChanged));
        await reception.InvokeAsync<KioskList>(nameof(IWaitingRoomHub.WatchKiosks));
        var synced = new TaskCompletionSource<AppointmentCopy?>(TaskCreationOptions.RunContinuationsAsynchronously);
        copies.Changed += c => synced.TrySetResult(c);
        await using var client = new HubClient(
            Options.Create(new KioskOptions { HubUrl = hub.BaseAddress.ToString(), DeviceKey = hub.KioskKey }),
            NullLogger<HubClient>.Instance, TimeProvider.System, new KioskSelfReport("content-1", () => 3, () => copies.TakenAt), copies: copies);

        await client.StartAsync(CancellationToken.None);
        var copy = await synced.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var row = Lobby(await kiosks.NextAsync(l => Lobby(l).CopyTakenAt is not null));

        Assert.Multiple(() =>
        {
            Assert.That(copy, Is.Not.Null);
            Assert.That(new AppointmentCopyStore(folder, new SealedBox(hub.KioskKey, SealedBox.CopyPurpose), TimeProvider.System).Current(), Is.EqualTo(copy).Using<AppointmentCopy>((a, b) => a.TakenAt == b.TakenAt && a.Appointments.Count == b.Appointments.Count), "kept on disk for a restart");
            Assert.That(row.OutboxDepth, Is.EqualTo(3));
            Assert.That(row.CopyTakenAt, Is.EqualTo(copy!.TakenAt));
        });
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
        Directory.Delete(folder, recursive: true);
    }

    private static KioskHealthRow Lobby(KioskList list) => list.Kiosks.Single(k => k.KioskId == "lobby");
}
