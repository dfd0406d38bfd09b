using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Kiosk.Contracts.Localization;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.ResponseCompression;

namespace Kiosk.Hub.Phone;

/// <summary>
/// /t/{token}: the page a patient's phone opens from the QR code. No app, no login. It speaks the
/// language chosen at the kiosk (?lang=es on the link), else the phone's own, else English.
/// </summary>
public static partial class PhonePage
{
    /// <summary>The words the page's scripts put together in the browser: statuses, refusals, the wait.</summary>
    private static readonly string[] ScriptAreas = ["phone.", "callbacks.", "reason."];

    /// <summary>Escapes &lt; and &amp; so the JSON cannot end the script element it sits in; names as the hub sends them to the page.</summary>
    private static readonly JsonSerializerOptions ScriptJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    /// <summary>Encodes only what HTML needs (&lt; &amp; " '): "número" stays readable in the page source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddPhonePage(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var directory = Path.GetFullPath(config["Hub:StringsDirectory"] ?? "../../kiosk-content/strings", env.ContentRootPath);
        // The page itself is made per request, so MapStaticAssets cannot precompress it: compressed here.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services
            .AddSingleton(KioskStrings.Load(directory))
            .AddSingleton<PhoneService>()
            .AddSingleton<PhoneAssets>()
            .AddSingleton(sp =>
            {
                var clinic = sp.GetRequiredService<ClinicFile>();
                return PhoneClock.For(clinic.Culture, clinic.TimeZone);
            });
    }

    /// <summary>
    /// Compresses the phone page's own responses only (/t/…): not the staff pages, whose antiforgery
    /// tokens should not sit in compressed bodies, and never the hub's connections.
    /// </summary>
    public static IApplicationBuilder UsePhonePageCompression(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/t", StringComparison.Ordinal), phone => phone.UseResponseCompression());

    public static IEndpointRouteBuilder MapPhonePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/t/{token}", async (string token, string? lang, PhoneService phone, KioskStrings strings, ClinicLook look, PhoneClock clock, PhoneAssets assets, IWebHostEnvironment env, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var ticket = HubInput.LooksLikeToken(token) ? await phone.TicketAsync(token, http.RequestAborted) : null;
            var language = strings.Choose(lang, http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.ToString()));
            var page = env.WebRootFileProvider.GetFileInfo(ticket is not null ? "phone/index.html" : "phone/expired.html");
            using var reader = new StreamReader(page.CreateReadStream());
            var html = Worded(await reader.ReadToEndAsync(http.RequestAborted), strings, language, new PageValues(look, clock, ticket, assets));
            return Results.Content(html, "text/html", System.Text.Encoding.UTF8, ticket is not null ? 200 : 404);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Fills {{key}} with the text in the language (HTML-encoded), {{lang}}, {{words}} (JSON for the
    /// scripts), {{clinic}}, {{accent}} and {{logo}} (its look), {{hour-cycle}} and {{time-zone}}, {{ticket}} (the visit as the page first
    /// shows it, before the hub's live updates) and {{asset:path}} (a static file's cached address).
    /// </summary>
    public static string Worded(string template, KioskStrings strings, string language, PageValues values) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "lang" => language,
            "words" => JsonSerializer.Serialize(strings.Area(language, ScriptAreas), ScriptJson),
            "ticket" => JsonSerializer.Serialize(values.Ticket, ScriptJson),
            "clinic" => Html.Encode(values.Look.Name),
            "accent" => values.Look.SafeAccent,
            // Decorative beside the clinic's name, which says it in words.
            "logo" => values.Look.Logo is { } logo ? $"<img class=\"logo\" src=\"{Html.Encode(logo.Path)}\" alt=\"\">" : "",
            "hour-cycle" => values.Clock.HourCycle,
            "time-zone" => Html.Encode(values.Clock.TimeZone),
            var asset when asset.StartsWith("asset:", StringComparison.Ordinal) => Html.Encode(values.Assets.Url(asset["asset:".Length..])),
            var key => Html.Encode(strings.Get(language, key)),
        });

    /// <summary>What the page shows besides words: the clinic and its look, its clock, the visit, where its files are.</summary>
    public sealed record PageValues(ClinicLook Look, PhoneClock Clock, TicketView? Ticket, PhoneAssets Assets);

    [GeneratedRegex(@"\{\{((?:asset:)?[a-z0-9.\-/]+)\}\}")]
    private static partial Regex Placeholder();
}
