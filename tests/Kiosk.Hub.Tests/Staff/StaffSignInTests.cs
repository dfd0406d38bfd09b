using System.Net;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>Staff sign in with their own account; kiosks with keys an admin enrols and can revoke.</summary>
public sealed class StaffSignInTests
{
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
    public async Task The_right_user_name_and_password_open_the_reception_board()
    {
        var password = await _server.CreateStaffAsync("maria", Roles.Reception);

        var (status, _, cookies) = await _server.SignInAsync("Maria ", password);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = _server.BaseAddress };
        var board = await http.GetStringAsync(new Uri("/reception", UriKind.Relative));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), "user names are not case-sensitive");
        Assert.That(board, Does.Contain("Waiting room"));
    }

    [TestCase("wrong-password-here")]
    [TestCase("")]
    public async Task A_wrong_password_is_refused_with_a_message(string password)
    {
        await _server.CreateStaffAsync($"wrong{password.Length}", Roles.Reception);

        var (status, body, _) = await _server.SignInAsync($"wrong{password.Length}", password);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Contain("That user name and password do not match"));
    }

    [Test]
    public async Task An_unknown_or_ten_thousand_character_user_name_gets_the_same_message_as_a_wrong_password()
    {
        var (_, unknown, _) = await _server.SignInAsync("nobody-here", "whatever-password");
        var (status, huge, _) = await _server.SignInAsync(new string('u', 10_000), new string('p', 10_000));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(unknown, Does.Contain("That user name and password do not match"));
        Assert.That(huge, Does.Contain("That user name and password do not match"));
    }

    [Test]
    public async Task Passwords_are_stored_only_as_salted_hashes()
    {
        var password = await _server.CreateStaffAsync("hashed", Roles.Reception);
        var again = await _server.CreateStaffAsync("hashed2", Roles.Reception);

        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var stored = await db.StaffAccounts.Where(a => a.UserName.StartsWith("hashed")).Select(a => a.PasswordHash).ToListAsync();

        Assert.That(stored, Has.Count.EqualTo(2));
        Assert.That(stored.Any(h => h.Contains(password, StringComparison.Ordinal) || h.Contains(again, StringComparison.Ordinal)), Is.False);
        Assert.That(stored[0], Is.Not.EqualTo(stored[1]));
    }

    [Test]
    public async Task A_revoked_kiosk_can_no_longer_connect_and_a_re_enrolled_one_gets_a_new_key()
    {
        var key = await _server.Enrolled("corridor");
        await using (var before = await _server.ConnectAsync(key))
        {
            Assert.That(before.State, Is.EqualTo(HubConnectionState.Connected));
        }

        await using (var scope = _server.Services.CreateAsyncScope())
        {
            Assert.That(await scope.ServiceProvider.GetRequiredService<KioskEnrolments>().RevokeAsync("corridor"), Is.True);
        }

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => _server.ConnectAsync(key));
        var newKey = await _server.Enrolled("corridor");
        await using var after = await _server.ConnectAsync(newKey);

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(newKey, Is.Not.EqualTo(key));
        Assert.That(after.State, Is.EqualTo(HubConnectionState.Connected));
    }

    [Test]
    public async Task Kiosk_keys_are_stored_only_as_hashes()
    {
        var key = await _server.Enrolled("hall");

        await using var scope = _server.Services.CreateAsyncScope();
        var device = await scope.ServiceProvider.GetRequiredService<HubDb>().KioskDevices.SingleAsync(d => d.Id == "hall");

        Assert.That(device.KeyHash, Does.Not.Contain(key));
        Assert.That(device.KeyHash, Has.Length.EqualTo(64));
    }
}
