using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Realtime;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Auth;

/// <summary>
/// A staff session ended on the server (account disabled, password changed) takes the desk's open
/// hub connections with it: the next call is refused and the hub closes them at its next look.
/// </summary>
public sealed class StaffRevocationTests : OnTheHubsClock
{
    [Test]
    public async Task A_desk_whose_account_is_disabled_is_refused_at_its_next_call_and_then_cut()
    {
        var desk = await Server.ReceptionAsync();
        var closed = desk.WhenClosed();
        await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        await AdminAsync("", "disable-user", HubServer.StaffUser);
        var refused = await Assert.ThrowsAsync<HubException>(() => desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard)));
        Time.Advance(CredentialWatch.Every);

        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(refused!.Message, Does.Contain("sign-in has ended"));
        await desk.DisposeAsync();
    }

    [Test]
    public async Task A_new_password_cuts_the_old_sessions_connections_but_not_another_account_s()
    {
        var desk = await Server.ReceptionAsync();
        var closed = desk.WhenClosed();
        await using var colleague = await Server.SecondReceptionAsync();

        await AdminAsync($"{HubServer.Secret()}-Kestrel\n", "set-password", HubServer.StaffUser);
        Time.Advance(CredentialWatch.Every);

        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        var board = await colleague.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(board, Is.Not.Null);
        Assert.That(colleague.State, Is.EqualTo(HubConnectionState.Connected));
        await desk.DisposeAsync();
    }

    /// <summary>./kiosk admin, as IT would run it, and it says it worked.</summary>
    private async Task AdminAsync(string input, params string[] args)
    {
        var (exit, output) = await Server.AdminAsync(input, args);
        Assert.That(exit, Is.Zero, output);
    }
}
