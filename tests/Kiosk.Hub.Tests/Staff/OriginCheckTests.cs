using System.Net;
using System.Net.Http.Headers;
using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>
/// A page on another site (or another port of the clinic's server) cannot ride the desk's cookie into
/// the staff hub or a Blazor circuit; kiosks with a key and the .NET client are not affected.
/// </summary>
public sealed class OriginCheckTests : OnAFreshHub
{
    private const string Foreign = "http://evil.example";

    [TestCase(HubRoutes.WaitingRoom)]
    [TestCase(OriginCheck.BlazorPath)]
    public async Task A_cookie_signed_negotiate_from_another_origin_is_refused(string route)
    {
        using var desk = await Server.StaffClientAsync();

        Assert.That(await NegotiateAsync(desk, route, Foreign), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await NegotiateAsync(desk, route, $"http://127.0.0.1:{HubServer.FreePort()}"), Is.EqualTo(HttpStatusCode.Forbidden), "another port of the same machine");
    }

    [Test]
    public async Task The_hubs_own_origin_and_a_client_without_one_are_let_in()
    {
        using var desk = await Server.StaffClientAsync();

        Assert.That(await NegotiateAsync(desk, HubRoutes.WaitingRoom, Server.BaseAddress.GetLeftPart(UriPartial.Authority)), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await NegotiateAsync(desk, HubRoutes.WaitingRoom, origin: null), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_kiosk_with_its_key_is_not_asked_for_an_origin()
    {
        using var kiosk = new HttpClient { BaseAddress = Server.BaseAddress };
        kiosk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.KioskKey);

        Assert.That(await NegotiateAsync(kiosk, HubRoutes.WaitingRoom, Foreign), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_origin_the_clinic_allowed_is_let_in()
    {
        var hub = new HubServer(settings: new Dictionary<string, string> { ["Hub:AllowedOrigins:0"] = "https://desk.clinic.example" });
        try
        {
            using var desk = await hub.StaffClientAsync();

            Assert.That(await NegotiateAsync(desk, HubRoutes.WaitingRoom, "https://desk.clinic.example"), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await NegotiateAsync(desk, HubRoutes.WaitingRoom, Foreign), Is.EqualTo(HttpStatusCode.Forbidden));
        }
        finally
        {
            hub.Dispose();
            hub.DeleteData();
        }
    }

    private static async Task<HttpStatusCode> NegotiateAsync(HttpClient http, string route, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{route}/negotiate?negotiateVersion=1", UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
