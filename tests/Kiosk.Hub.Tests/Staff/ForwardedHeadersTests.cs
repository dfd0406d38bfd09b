using System.Net;
using Kiosk.Hub.Staff;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>Behind the clinic's proxy the hub believes X-Forwarded-* from that proxy only, never from anyone else.</summary>
public sealed class ForwardedHeadersTests
{
    [Test]
    public async Task From_a_trusted_proxy_https_makes_the_cookie_secure_and_the_throttle_counts_the_clients_address()
    {
        var hub = new HubServer(settings: new Dictionary<string, string> { ["Hub:TrustedProxies:0"] = "127.0.0.1" });
        try
        {
            using var proxy = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = hub.BaseAddress };
            for (var i = 0; i < SignInThrottle.FreePerAccountAndAddress; i++)
            {
                await StaffSignIn.PostAsync(proxy, HubServer.StaffUser, $"wrong-guess-{i:00}-abc", forwardedFor: "203.0.113.7");
            }

            var (guesser, _, _) = await StaffSignIn.PostAsync(proxy, HubServer.StaffUser, hub.StaffPasscode, forwardedFor: "203.0.113.7");
            var (desk, cookies, _) = await StaffSignIn.PostAsync(proxy, HubServer.StaffUser, hub.StaffPasscode, forwardedFor: "198.51.100.9");

            Assert.That(guesser, Is.EqualTo(HttpStatusCode.OK), "the guessing client is slowed");
            Assert.That(desk, Is.EqualTo(HttpStatusCode.Redirect), "another client behind the same proxy is not");
            Assert.That(cookies.Single(c => c.StartsWith("kiosk-staff=", StringComparison.Ordinal)), Does.Contain("secure").IgnoreCase);
        }
        finally
        {
            hub.Dispose();
            hub.DeleteData();
        }
    }

    [Test]
    public async Task From_anyone_else_forwarded_headers_are_ignored()
    {
        var hub = new HubServer();
        try
        {
            using var stranger = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = hub.BaseAddress };

            var (status, cookies, _) = await StaffSignIn.PostAsync(stranger, HubServer.StaffUser, hub.StaffPasscode, forwardedFor: "198.51.100.9");

            Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(cookies.Single(c => c.StartsWith("kiosk-staff=", StringComparison.Ordinal)), Does.Not.Contain("secure").IgnoreCase, "plain HTTP, whatever the header claims");
        }
        finally
        {
            hub.Dispose();
            hub.DeleteData();
        }
    }
}
