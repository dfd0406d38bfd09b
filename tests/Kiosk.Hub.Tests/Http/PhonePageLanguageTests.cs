using System.Net;
using System.Text.RegularExpressions;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Http;

/// <summary>The phone page speaks the language chosen at the kiosk, else the phone's own, else English.</summary>
public sealed partial class PhonePageLanguageTests : OnePhoneLink
{
    [TestCase("?lang=es", null, "es", "Su número")]
    [TestCase("", "es-MX,es;q=0.9,en;q=0.5", "es", "Su número")]
    [TestCase("", "fr-FR,de;q=0.8", "en", "Your ticket")]
    [TestCase("?lang=xx", "es", "es", "Su número")]
    [TestCase("?lang=en", "es", "en", "Your ticket")]
    public async Task The_page_is_worded_in_the_chosen_language(string query, string? acceptLanguage, string lang, string ticketLabel)
    {
        var html = await GetAsync(new Uri(Phone.PathAndQuery + query, UriKind.Relative), acceptLanguage);

        Assert.That(html, Does.Contain($"<html lang=\"{lang}\">"));
        Assert.That(html, Does.Contain(ticketLabel));
        Assert.That(Placeholders().Matches(html), Is.Empty, "no {{key}} left unfilled");
    }

    [Test]
    public async Task The_scripts_get_the_refusals_in_the_patients_language_safely_inside_their_script_element()
    {
        var html = await GetAsync(new Uri(Phone.PathAndQuery + "?lang=es", UriKind.Relative), null);
        var words = WordsBlock().Match(html).Groups[1].Value;
        var parsed = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(words)!;

        Assert.That(parsed["callbacks.refusal.phone-too-short"], Is.EqualTo("Ese número es demasiado corto. Por ejemplo: {example}"));
        Assert.That(words, Does.Not.Contain("<"), "nothing in the words can close the script element");
    }

    [Test]
    public async Task An_ended_link_is_explained_in_thePhones_language()
    {
        using var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/t/{HubServer.Secret()}", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("es-ES");

        using var response = await http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Este enlace ya no es válido"));
    }

    private async Task<string> GetAsync(Uri path, string? acceptLanguage)
    {
        using var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"\{\{[a-z0-9.\-]+\}\}")]
    private static partial Regex Placeholders();

    [GeneratedRegex("""<script type="application/json" id="words">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex WordsBlock();
}
