using System.Net;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Http;

/// <summary>The plain HTTP side: phone links, staff pages, health. Bad requests get a 4xx page, never a 500.</summary>
public sealed class EndpointTests
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
    public async Task Health_is_reported()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_phone_link_with_an_unknown_token_says_the_link_is_not_valid()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(new Uri($"/t/{HubServer.Secret()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("This link is not valid any more"));
    }

    [TestCase("%00%01")]
    [TestCase("..%2F..%2Fetc%2Fpasswd")]
    [TestCase("a'or'1'='1")]
    public async Task A_malformed_phone_link_is_refused_with_a_4xx_not_an_error(string token)
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(new Uri($"/t/{token}", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_ten_thousand_character_phone_link_is_refused_without_an_error()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(new Uri($"/t/{new string('a', 10_000)}", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task The_reception_board_asks_for_sign_in_first()
    {
        // A plain client: the factory's own client follows redirects when it serves over Kestrel.
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = _server.BaseAddress };

        using var response = await http.GetAsync(new Uri("/reception", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/staff/sign-in"));
    }

    [Test]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_a_400_not_an_error()
    {
        using var http = _server.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = HubServer.StaffUser, ["Password"] = _server.StaffPasscode, ["_handler"] = "staff-sign-in" });

        using var response = await http.PostAsync(new Uri("/staff/sign-in", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_sign_in_post_with_no_body_is_a_4xx_not_an_error()
    {
        using var http = _server.CreateClient();
        using var empty = new StringContent("");

        using var response = await http.PostAsync(new Uri("/staff/sign-in", UriKind.Relative), empty);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_sign_in_post_with_a_malformed_form_is_a_4xx_not_an_error()
    {
        using var http = _server.CreateClient();
        using var junk = new StringContent("%%%&&&===\u0000", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await http.PostAsync(new Uri("/staff/sign-in", UriKind.Relative), junk);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_sign_out_post_without_its_antiforgery_token_is_a_400_not_an_error()
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
        using var empty = new StringContent("");

        using var response = await http.PostAsync(new Uri("/staff/sign-out", UriKind.Relative), empty);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    /// <summary>Found by the fuzzer: a sign-out post whose body cannot be read as a form was a 500 (the antiforgery check threw).</summary>
    [TestCase("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x")]
    [TestCase("multipart/form-data; boundary=x", "--x\r\nnot a part")]
    [TestCase("application/x-www-form-urlencoded; charset=ebcdic", "a=b")]
    public async Task A_sign_out_post_whose_body_is_not_a_form_is_a_400_not_an_error(string contentType, string body)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await http.PostAsync(new Uri("/staff/sign-out", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Sign out from the reception board"));
    }
}
