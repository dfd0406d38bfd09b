using System.Net;
using Kiosk.Contracts;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>The pages anyone on the clinic Wi-Fi can open, and the hub's negotiate, are limited per address: 429, when to retry, and why.</summary>
public sealed class PageLimitsTests : OnALimitedHub
{
    [SetUp]
    public void StartHub() => Server = Limited.Hub("PagesPerAddress", burst: 1);

    [TestCase("GET", "/t/AAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("GET", "/display")]
    [TestCase("GET", "/staff/sign-in")]
    [TestCase("POST", "/staff/sign-in")]
    [TestCase("POST", HubRoutes.WaitingRoom + "/negotiate?negotiateVersion=1")]
    public async Task An_address_over_its_page_limit_is_told_429_when_to_retry_and_why(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };

        using var first = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var second = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.That(first.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(second.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.StartWith("Too many requests from this address."));
    }

    [Test]
    public async Task The_pages_share_one_limit_per_address_and_the_rest_of_the_hub_is_not_limited()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };

        using var display = await http.GetAsync(new Uri("/display", UriKind.Relative));
        using var signIn = await http.GetAsync(new Uri("/staff/sign-in", UriKind.Relative));
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/phone/phone.js", UriKind.Relative));

        Assert.That((display.StatusCode, signIn.StatusCode, health.StatusCode, script.StatusCode),
            Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK)));
    }
}
