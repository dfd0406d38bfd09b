using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Kiosk.Contracts.Localization;
using Kiosk.Hub.Room;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Phone;

/// <summary>
/// /t/{token}: the page a patient's phone opens from the QR code. No app, no login. It speaks the
/// language chosen at the kiosk (?lang=es on the link), else the phone's own, else English.
/// </summary>
public static partial class PhonePage
{
    /// <summary>The words the page's scripts put together in the browser: statuses, refusals, the wait.</summary>
    private static readonly string[] ScriptAreas = ["phone.", "callbacks.", "reason."];

    /// <summary>Escapes &lt; and &amp; so the JSON cannot end the script element it sits in.</summary>
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Encodes only what HTML needs (&lt; &amp; " '): "número" stays readable in the page source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddPhonePage(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var directory = Path.GetFullPath(config["Hub:StringsDirectory"] ?? "../../kiosk-content/strings", env.ContentRootPath);
        return services.AddSingleton(KioskStrings.Load(directory)).AddSingleton<PhoneService>();
    }

    public static IEndpointRouteBuilder MapPhonePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/t/{token}", async (string token, string? lang, PhoneService phone, KioskStrings strings, IWebHostEnvironment env, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var known = HubInput.LooksLikeToken(token) && await phone.TicketAsync(token, http.RequestAborted) is not null;
            var language = strings.Choose(lang, http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.ToString()));
            var page = env.WebRootFileProvider.GetFileInfo(known ? "phone/index.html" : "phone/expired.html");
            using var reader = new StreamReader(page.CreateReadStream());
            var html = Worded(await reader.ReadToEndAsync(http.RequestAborted), strings, language);
            return Results.Content(html, "text/html", System.Text.Encoding.UTF8, known ? 200 : 404);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Fills {{key}} with the text in the language (HTML-encoded), {{lang}} and {{words}} (JSON for the scripts).</summary>
    public static string Worded(string template, KioskStrings strings, string language) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "lang" => language,
            "words" => JsonSerializer.Serialize(strings.Area(language, ScriptAreas), ScriptJson),
            var key => Html.Encode(strings.Get(language, key)),
        });

    [GeneratedRegex(@"\{\{([a-z0-9.\-]+)\}\}")]
    private static partial Regex Placeholder();
}
