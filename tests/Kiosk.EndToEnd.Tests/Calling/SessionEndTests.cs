using Kiosk.Hub.Staff;
using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Realtime;
using Microsoft.Playwright;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>A desk whose sign-in ends (past the longest sign-in, signed out, account disabled), on a hub clock the test moves.</summary>
public sealed class SessionEndTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task An_open_board_goes_back_to_sign_in_once_the_sign_in_is_over()
    {
        var desk = await OpenReceptionAsync(1366, 768);

        _time.Advance(StaffSession.Longest + TimeSpan.FromMinutes(1));

        await Expect(desk.Page).ToHaveURLAsync(new Regex("/staff/sign-in"));
        await Expect(desk.Page.GetByLabel("Password")).ToBeVisibleAsync();
    }

    [Test]
    public async Task An_open_board_goes_back_to_sign_in_within_seconds_once_its_account_is_disabled()
    {
        var password = await Lobby.Hub.CreateStaffAsync("desk-away", Roles.Reception);
        var desk = await OpenReceptionAsync(1366, 768, "desk-away", password);

        var (exit, output) = await Lobby.Hub.AdminAsync("", "disable-user", "desk-away");
        _time.Advance(CredentialWatch.Every);

        Assert.That(exit, Is.Zero, output);
        await Expect(desk.Page).ToHaveURLAsync(new Regex("/staff/sign-in"));
    }

    [Test]
    public async Task Sign_out_on_the_board_ends_the_session_and_the_board_stays_closed()
    {
        var password = await Lobby.Hub.CreateStaffAsync("desk-leaving", Roles.Reception);
        var desk = await OpenReceptionAsync(1366, 768, "desk-leaving", password);

        await desk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Sign out") }).ClickAsync();
        await Expect(desk.Page).ToHaveURLAsync(new Regex("/staff/sign-in"));
        await desk.Page.GotoAsync(new Uri(Lobby.Hub.BaseAddress, "/reception").ToString());

        await Expect(desk.Page).ToHaveURLAsync(new Regex("/staff/sign-in"));
        await Expect(desk.Page.GetByLabel("Password")).ToBeVisibleAsync();
    }
}
