using System.Net;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>A desk's sign-in slides while it is used, ends after a long idle, and never outlives a working day.</summary>
public sealed class SessionExpiryTests : OnTheHubsClock
{
    [Test]
    public async Task A_desk_left_idle_longer_than_the_idle_limit_goes_back_to_sign_in()
    {
        using var desk = await SignedInAsync();

        Time.Advance(StaffSession.Idle + TimeSpan.FromMinutes(1));

        await AssertSentToSignInAsync(desk);
    }

    [Test]
    public async Task A_desk_in_use_stays_signed_in_but_not_past_the_longest_session()
    {
        using var desk = await SignedInAsync();

        Time.Advance(TimeSpan.FromHours(7));
        using (var midday = await desk.GetAsync(new Uri("/reception", UriKind.Relative)))
        {
            Assert.That(midday.StatusCode, Is.EqualTo(HttpStatusCode.OK), "used during the day: still signed in");
        }

        Time.Advance(StaffSession.Longest - TimeSpan.FromHours(7) + TimeSpan.FromMinutes(1));
        await AssertSentToSignInAsync(desk);
    }

    [Test]
    public async Task The_sessions_that_are_over_are_named_for_closing_their_open_connections()
    {
        var (maria, lena, nadia) = (await SessionOfAsync("maria"), await SessionOfAsync("lena"), await SessionOfAsync("nadia"));
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffSessions>().EndAsync(maria, default);
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableAsync("lena");
        }

        var now = await EndedAsync(maria, lena, nadia);
        Time.Advance(StaffSession.Longest);
        var later = await EndedAsync(nadia);

        Assert.That(now, Is.EquivalentTo(new[] { maria, lena }), "signed out, and disabled; nadia's is still live");
        Assert.That(later, Is.EquivalentTo(new[] { nadia }), "past the longest session");
    }

    private async Task<Guid> SessionOfAsync(string user)
    {
        var password = await Server.CreateStaffAsync(user, Roles.Reception);
        var (_, _, cookies) = await Server.SignInAsync(user, password);
        Assert.That(cookies.Count, Is.GreaterThan(0));
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Kiosk.Hub.Persistence.HubDb>();
        var account = await db.StaffAccounts.SingleAsync(a => a.UserName == user);
        return await db.StaffSessions.Where(s => s.AccountId == account.Id).Select(s => s.Id).SingleAsync();
    }

    private async Task<IReadOnlySet<Guid>> EndedAsync(params Guid[] sessions)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffSessions>().EndedAsync(sessions, default);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var (status, _, cookies) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
    }

    private static async Task AssertSentToSignInAsync(HttpClient desk)
    {
        using var response = await desk.GetAsync(new Uri("/reception", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/staff/sign-in"));
    }
}
