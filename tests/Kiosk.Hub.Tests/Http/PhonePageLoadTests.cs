using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Http;

/// <summary>
/// The phone page loads light on a slow phone network: its files come by versioned addresses,
/// compressed and cached for good, the page itself compressed; it names the clinic under one heading.
/// </summary>
public sealed partial class PhonePageLoadTests : OnePhoneLink
{
    [Test]
    public async Task The_signalr_client_is_linked_by_a_versioned_address_and_served_compressed_and_cached_for_good()
    {
        const string encoding = "gzip";
        var html = await PageAsync();
        var script = SignalRScript().Match(html);
        Assert.That(script.Success, Is.True, "the page links signalr.min.js by a fingerprinted address");

        using var response = await GetAsync(script.Groups[1].Value, encoding);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable").And.Contain("max-age=31536000"));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That((await response.Content.ReadAsByteArrayAsync()).Length, Is.LessThan(16_000), "48 KB as sent uncompressed");
    }

    [Test]
    public async Task Every_file_the_page_links_is_versioned()
    {
        var html = await PageAsync();

        var links = LinkedFile().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.That(links, Has.Count.EqualTo(6), "four scripts, the style sheet and the clinic's logo");
        Assert.That(links, Has.All.Matches(@"(\.[a-z0-9]{10}\.(js|css)|/clinic/logo\?v=[0-9a-f]{12})$"));
    }

    [Test]
    public async Task The_page_itself_is_compressed_and_never_cached()
    {
        using var response = await GetAsync(Phone.PathAndQuery, "br");

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task The_page_names_the_clinic_has_one_level_one_heading_and_writes_times_on_the_clinics_clock()
    {
        var html = await PageAsync();

        Assert.That(html, Does.Match("<p class=\"clinic\"><img class=\"logo\" src=\"/clinic/logo\\?v=[0-9a-f]{12}\" alt=\"\">Riverside Family Practice</p>"));
        Assert.That(Regex.Count(html, "<h1[ >]"), Is.EqualTo(1));
        Assert.That(html, Does.Contain("data-hour-cycle=\"h23\" data-time-zone=\"Europe/London\""), "en-GB writes 14:05");
    }

    [Test]
    public async Task The_page_carries_the_visit_so_it_shows_before_the_connection_is_up()
    {
        var html = await PageAsync();

        var ticket = TicketBlock().Match(html).Groups[1].Value;

        Assert.That(ticket, Does.Contain("\"status\":\"Waiting\"").And.Contain("\"code\":\""));
        Assert.That(ticket, Does.Not.Contain("<"), "nothing in the visit can close the script element");
    }

    private async Task<string> PageAsync()
    {
        using var response = await GetAsync(Phone.PathAndQuery, null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Without automatic decompression, so the test sees the bytes and headers as a phone does.</summary>
    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await http.SendAsync(request);
    }

    [GeneratedRegex("""<script src="(/lib/signalr/signalr\.min\.[a-z0-9]{10}\.js)" defer></script>""")]
    private static partial Regex SignalRScript();

    [GeneratedRegex("(?:src|href)=\"(/[^\"]+)\"")]
    private static partial Regex LinkedFile();

    [GeneratedRegex("""<script type="application/json" id="ticket-now">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex TicketBlock();
}
