using System.Net;
using Kiosk.Hub.Admin;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>./kiosk admin: what the clinic's IT person types, and what they are told.</summary>
public sealed class AdminCommandTests
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
    public async Task An_admin_created_from_the_command_line_can_sign_in()
    {
        var (code, output, _) = await RunAsync("correct horse battery\n", "create-user", "Priya", "--role", "admin");

        var (status, _, _) = await _server.SignInAsync("priya", "correct horse battery");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("Created admin account 'priya'"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_short_password_or_a_taken_name_is_refused_with_the_reason()
    {
        var (shortCode, _, shortError) = await RunAsync("short\n", "create-user", "sam");
        var (takenCode, _, takenError) = await RunAsync("long enough password\n", "create-user", HubServer.StaffUser);

        Assert.That(shortCode, Is.EqualTo(1));
        Assert.That(shortError, Does.Contain("at least 12 characters"));
        Assert.That(takenCode, Is.EqualTo(1));
        Assert.That(takenError, Does.Contain("already a user called 'desk'"));
    }

    [Test]
    public async Task A_common_password_is_refused_with_the_reason_and_a_new_one_for_nobody_says_so()
    {
        var (commonCode, _, commonError) = await RunAsync("Welcome2024!!\n", "create-user", "sam");
        var (weakCode, _, weakError) = await RunAsync("123456789012\n", "set-password", HubServer.StaffUser);
        var (nobodyCode, _, nobodyError) = await RunAsync("Tulip-Harbour-9-Lantern\n", "set-password", "nobody");

        Assert.Multiple(() =>
        {
            Assert.That(commonCode, Is.EqualTo(1));
            Assert.That(commonError, Does.Contain("one of the first an attacker tries"));
            Assert.That(weakCode, Is.EqualTo(1));
            Assert.That(weakError, Does.Contain("repeat or a sequence"));
            Assert.That(nobodyCode, Is.EqualTo(1));
            Assert.That(nobodyError, Does.Contain("No user is called 'nobody'"));
        });
    }

    [Test]
    public async Task The_list_shows_which_accounts_are_disabled()
    {
        await RunAsync("Tulip-Harbour-9-Lantern\n", "create-user", "away");
        var (code, said, _) = await RunAsync("", "disable-user", "away");
        var (_, list, _) = await RunAsync("", "list");

        Assert.That(code, Is.Zero);
        Assert.That(said, Does.Contain("User 'away' is disabled"));
        Assert.That(list.Split('\n').Single(l => l.Contains(" away ", StringComparison.Ordinal)), Does.Contain("disabled"));
        Assert.That(list.Split('\n').Single(l => l.Contains($" {HubServer.StaffUser} ", StringComparison.Ordinal)), Does.Contain("enabled"));
    }

    [Test]
    public async Task Enrolling_a_kiosk_prints_a_key_that_connects_and_revoking_it_is_confirmed()
    {
        var (code, key, note) = await RunAsync("", "enrol-kiosk", "waiting-area");
        await using (var kiosk = await _server.ConnectAsync(key.Trim()))
        {
            Assert.That(kiosk.State, Is.EqualTo(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected));
        }

        var (revoked, said, _) = await RunAsync("", "revoke-kiosk", "waiting-area");
        var (again, _, unknown) = await RunAsync("", "revoke-kiosk", "waiting-area");
        var (_, list, _) = await RunAsync("", "list");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(note, Does.Contain("not shown again"));
            Assert.That(revoked, Is.Zero);
            Assert.That(said, Does.Contain("can no longer connect"));
            Assert.That(again, Is.EqualTo(1));
            Assert.That(unknown, Does.Contain("No enrolled kiosk"));
            Assert.That(list, Does.Contain("waiting-area").And.Contain("revoked").And.Contain(HubServer.StaffUser));
            Assert.That(list, Does.Not.Contain(key.Trim()));
        });
    }

    [TestCase]
    [TestCase("frobnicate")]
    [TestCase("create-user", "x", "--role", "superuser")]
    public async Task An_unknown_command_prints_the_usage(params string[] args)
    {
        var (code, _, error) = await RunAsync("", args);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("usage: ./kiosk admin"));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AdminCommand.RunAsync(_server.Services, args, stdin, stdout, stderr, interactive: false);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
