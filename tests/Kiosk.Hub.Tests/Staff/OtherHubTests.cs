using System.Net;
using Kiosk.Hub.History;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>Each hub signs its cookies with keys kept in its own database, not the OS user's profile.</summary>
public sealed class OtherHubTests : OnAFreshHub
{
    [Test]
    public async Task A_cookie_signed_in_on_one_hub_is_refused_by_another_on_the_same_machine()
    {
        var other = new HubServer();
        try
        {
            var (_, _, cookies) = await other.SignInAsync(HubServer.StaffUser, other.StaffPasscode);
            using var onItsOwnHub = Client(other, cookies);
            using var onThisHub = Client(Server, cookies);

            // Browsers send a host's cookies to every port on it, so the real hub does receive this one.
            Assert.That(await StatusAsync(onItsOwnHub, "/reception"), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync(onThisHub, "/reception"), Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await StatusAsync(onThisHub, HistoryEndpoints.ExportPath), Is.Not.EqualTo(HttpStatusCode.OK));
            Assert.That(Server.CountRows("DataProtectionKeys"), Is.GreaterThan(0), "the keys are in the hub's own database");
        }
        finally
        {
            other.Dispose();
            other.DeleteData();
        }
    }

    private static HttpClient Client(HubServer hub, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = hub.BaseAddress };

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
