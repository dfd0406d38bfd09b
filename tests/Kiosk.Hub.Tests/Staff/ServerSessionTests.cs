using Kiosk.Hub.Staff;
using System.Net;
using System.Text.RegularExpressions;
using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.History;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>A staff session lives on the server: ending it there makes every copy of its cookie worthless.</summary>
public sealed partial class ServerSessionTests : OnAFreshHub
{
    [Test]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var (_, _, cookies) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        var copy = CopyOf(cookies);
        using var desk = Client(cookies);
        Assert.That(await StatusAsync(copy, "/reception"), Is.EqualTo(HttpStatusCode.OK), "the copy works while the session lasts");

        using var signOut = await SignOutAsync(desk, withToken: true);

        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signOut.Headers.Location?.ToString(), Does.EndWith("/staff/sign-in"));
        Assert.That(await StatusAsync(copy, "/reception"), Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(copy, HistoryEndpoints.ExportPath), Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_sign_out_posted_without_the_boards_token_does_not_end_the_session()
    {
        var (_, _, cookies) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        using var desk = Client(cookies);

        using var forged = await SignOutAsync(desk, withToken: false);

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await StatusAsync(desk, "/reception"), Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("disable-user")]
    [TestCase("delete-user")]
    public async Task Disabling_or_deleting_an_account_ends_all_its_sessions_at_once(string command)
    {
        var password = await Server.CreateStaffAsync("nadia", Roles.Reception);
        using var one = Client((await Server.SignInAsync("nadia", password)).Cookies);
        using var two = Client((await Server.SignInAsync("nadia", password)).Cookies);

        Assert.That(await AdminAsync("", command, "nadia"), Is.Zero);

        Assert.That(await StatusAsync(one, "/reception"), Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(two, HistoryEndpoints.ExportPath), Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await Server.SignInAsync("nadia", password)).Status, Is.EqualTo(HttpStatusCode.OK), "signing in again is refused");
    }

    [Test]
    public async Task An_enabled_account_signs_in_again_but_its_old_sessions_stay_ended()
    {
        var password = await Server.CreateStaffAsync("omar", Roles.Reception);
        using var before = Client((await Server.SignInAsync("omar", password)).Cookies);
        await AdminAsync("", "disable-user", "omar");

        Assert.That(await AdminAsync("", "enable-user", "omar"), Is.Zero);
        var (again, _, _) = await Server.SignInAsync("omar", password);

        Assert.That(again, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(before, "/reception"), Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_new_password_ends_the_sessions_signed_in_with_the_old_one()
    {
        var old = await Server.CreateStaffAsync("lena", Roles.Reception);
        using var before = Client((await Server.SignInAsync("lena", old)).Cookies);

        Assert.That(await AdminAsync("Tulip-Harbour-9-Lantern\n", "set-password", "lena"), Is.Zero);

        Assert.That(await StatusAsync(before, "/reception"), Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Server.SignInAsync("lena", old)).Status, Is.EqualTo(HttpStatusCode.OK), "the old password is refused");
        Assert.That((await Server.SignInAsync("lena", "Tulip-Harbour-9-Lantern")).Status, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_staff_hub_connection_cannot_start_on_a_signed_out_cookie()
    {
        var (_, _, cookies) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        var copied = cookies.GetCookies(Server.BaseAddress);
        using var desk = Client(cookies);
        using var signedOut = await SignOutAsync(desk, withToken: true);

        await using var connection = await Server.ConnectAsync(null, Container(copied));

        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard)));
    }

    private async Task<int> AdminAsync(string input, params string[] args) => (await Server.AdminAsync(input, args)).Exit;

    /// <summary>What the board's Sign out button posts: its antiforgery token, unless a forger leaves it out.</summary>
    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient desk, bool withToken)
    {
        var board = await desk.GetStringAsync(new Uri("/reception", UriKind.Relative));
        var token = Token().Match(board).Groups[1].Value;
        Assert.That(token, Is.Not.Empty, "the board's sign-out form carries a token");
        using var form = new FormUrlEncodedContent(withToken ? new Dictionary<string, string> { ["__RequestVerificationToken"] = token } : []);
        return await desk.PostAsync(new Uri(SignOutEndpoint.Path, UriKind.Relative), form);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };

    /// <summary>Someone else's browser holding a copy of the desk's cookies, taken before sign-out.</summary>
    private HttpClient CopyOf(CookieContainer cookies) => Client(Container(cookies.GetCookies(Server.BaseAddress)));

    private CookieContainer Container(CookieCollection copied)
    {
        var container = new CookieContainer();
        foreach (Cookie c in copied)
        {
            container.Add(Server.BaseAddress, new Cookie(c.Name, c.Value, "/"));
        }

        return container;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
