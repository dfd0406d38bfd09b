using System.Net;
using Kiosk.Hub.Auth;
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
