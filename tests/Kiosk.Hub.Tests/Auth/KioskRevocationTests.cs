using Kiosk.Hub.Auth;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Hub.Realtime;
using Kiosk.Hub.Tests.Health;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Auth;

/// <summary>
/// A kiosk key revoked by ./kiosk admin stops working on connections that were already open, not
/// only on new ones: its next call is refused and the hub closes it at its next look (every 2 s).
/// </summary>
public sealed class KioskRevocationTests : OnTheHubsClock
{
    private static readonly KioskHealthReport Report = new("3f2a9c1b04de", null);

    [Test]
    public async Task A_revoked_kiosk_s_next_call_on_its_open_connection_is_refused_and_gets_no_patient()
    {
        await using var kiosk = await Server.KioskAsync();

        await AdminAsync("", "revoke-kiosk", "lobby");
        var refused = await Assert.ThrowsAsync<HubException>(() =>
            kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Rahman));

        Assert.That(refused!.Message, Does.Contain("revoked"));
    }

    [Test]
    public async Task A_revoked_kiosk_s_open_connection_is_closed_by_the_hub()
    {
        var kiosk = await Server.KioskAsync();
        var closed = kiosk.WhenClosed();

        await AdminAsync("", "revoke-kiosk", "lobby");
        Time.Advance(CredentialWatch.Every);

        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(kiosk.State, Is.EqualTo(HubConnectionState.Disconnected));
        await kiosk.DisposeAsync();
    }

    [Test]
    public async Task Reception_sees_a_revoked_kiosk_flagged_while_it_is_still_connected_then_gone()
    {
        var (reception, kiosks, _) = await KioskHealthTests.WatchAsync(Server);
        var kiosk = await Server.KioskAsync();
        await kiosk.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), Report);
        await kiosks.NextAsync(l => Lobby(l)?.Status == KioskStatus.Online);

        await AdminAsync("", "revoke-kiosk", "lobby");
        Time.Advance(CredentialWatch.Every);

        var flagged = Lobby(await kiosks.NextAsync(l => Lobby(l)?.Status == KioskStatus.Revoked));
        await kiosks.NextAsync(l => Lobby(l) is null);
        Assert.That(flagged!.OfflineReason, Does.Contain("revoked"));
        await kiosk.DisposeAsync();
        await reception.DisposeAsync();
    }

    [Test]
    public async Task Re_enrolling_a_kiosk_cuts_the_old_key_and_keeps_the_new_key_and_the_desk_connected()
    {
        var (reception, _, _) = await KioskHealthTests.WatchAsync(Server);
        var old = await Server.KioskAsync();
        var oldClosed = old.WhenClosed();
        await using var phone = await Server.AnonymousAsync();

        var newKey = await Server.Enrolled("lobby");
        await using var renewed = await Server.ConnectAsync(newKey);
        Time.Advance(CredentialWatch.Every);

        await oldClosed.WaitAsync(TimeSpan.FromSeconds(10));
        var found = await renewed.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Rahman);
        Assert.Multiple(() =>
        {
            Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.Found), "the new key looks patients up");
            Assert.That(reception.State, Is.EqualTo(HubConnectionState.Connected));
            Assert.That(phone.State, Is.EqualTo(HubConnectionState.Connected));
        });
        await old.DisposeAsync();
        await reception.DisposeAsync();
    }

    /// <summary>./kiosk admin, as IT would run it, and it says it worked.</summary>
    private async Task AdminAsync(string input, params string[] args)
    {
        var (exit, output) = await Server.AdminAsync(input, args);
        Assert.That(exit, Is.Zero, output);
    }

    private static KioskHealthRow? Lobby(KioskList list) => list.Kiosks.SingleOrDefault(k => k.KioskId == "lobby");
}
