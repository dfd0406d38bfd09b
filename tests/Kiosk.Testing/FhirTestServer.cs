using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kiosk.Testing;

/// <summary>
/// A small FHIR R4 server on a loopback port (Kestrel, minimal API) for the hub's FHIR client:
/// it serves Appointment search in the pages it is given (each with a "next" link to the
/// following one), an appointment to read (with an ETag), takes PATCH and PUT, and issues tokens
/// at /token for a client assertion signed with <see cref="ClientKey"/> (checked with its public
/// half, as a SMART server does). It records every request, and can be told to fail.
/// </summary>
public sealed class FhirTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Recorded> _requests = new();
    private int _failures;
    private int _failStatus;
    private string? _failMethod;
    private int _tokensIssued;

    /// <summary>One request as it arrived: method, path and query, Authorization, Content-Type, If-Match and body.</summary>
    public sealed record Recorded(string Method, string PathAndQuery, string? Authorization, string? ContentType, string? IfMatch, string Body);

    private FhirTestServer(WebApplication app) => _app = app;

    /// <summary>The search's pages: each a list of resources as JSON.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pages { get; set; } = [[]];

    /// <summary>What GET Appointment/{id} answers (JSON); its ETag is W/"<see cref="Version"/>".</summary>
    public string? Stored { get; set; }

    public int Version { get; set; } = 3;

    /// <summary>False: PATCH answers 405, as a server without it does.</summary>
    public bool PatchAllowed { get; set; } = true;

    /// <summary>The client the token endpoint knows, and the key whose public half it checks assertions with.</summary>
    public string ClientId { get; } = "kiosk-hub";

    public RSA ClientKey { get; } = RSA.Create(2048);

    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    public int TokenLifetimeSeconds { get; set; } = 300;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The FHIR base the hub is configured with.</summary>
    public Uri FhirBase => new(BaseAddress, "fhir/R4");

    public Uri TokenUrl => new(BaseAddress, "token");

    public IReadOnlyList<Recorded> Requests => [.. _requests];

    /// <summary>
    /// The next <paramref name="times"/> FHIR requests (not token requests) answer <paramref name="status"/> with an OperationOutcome;
    /// with <paramref name="method"/>, only requests of that method (say, the writes, while searches still work).
    /// </summary>
    public void Fail(int times, HttpStatusCode status, string? method = null)
    {
        (_failStatus, _failMethod) = ((int)status, method);
        Volatile.Write(ref _failures, times);
    }

    public static async Task<FhirTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FhirTestServer(app);
        server.Map(app);
        await app.StartAsync();
        var address = app.Urls.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            var r = context.Request;
            _requests.Enqueue(new(r.Method, r.Path + r.QueryString, r.Headers.Authorization, r.ContentType, r.Headers.IfMatch, body));
            if (r.Path.StartsWithSegments("/fhir") && (_failMethod is null || _failMethod == r.Method) && Interlocked.Decrement(ref _failures) >= 0)
            {
                await Fhir(_failStatus, Outcome("transient")).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        app.MapGet("/fhir/R4/Appointment", (HttpRequest r) =>
        {
            var page = int.TryParse(r.Query["page"], out var p) ? p : 0;
            var next = page + 1 < Pages.Count ? $$""", "link": [ { "relation": "next", "url": "{{FhirBase}}/Appointment?page={{page + 1}}" } ]""" : "";
            var entries = string.Join(", ", Pages[page].Select(e => $$"""{ "resource": {{e}}, "search": { "mode": "match" } }"""));
            return Fhir(200, $$"""{ "resourceType": "Bundle", "type": "searchset"{{next}}, "entry": [ {{entries}} ] }""");
        });
        app.MapGet("/fhir/R4/Appointment/{id}", (HttpResponse response) =>
        {
            if (Stored is null) return Fhir(404, Outcome("not-found"));
            response.Headers.ETag = $"W/\"{Version}\"";
            return Fhir(200, Stored);
        });
        app.MapMethods("/fhir/R4/Appointment/{id}", ["PATCH"], () => PatchAllowed ? Results.NoContent() : Fhir(405, Outcome("not-supported")));
        app.MapPut("/fhir/R4/Appointment/{id}", (HttpRequest r) => r.Headers.IfMatch.Count > 0 && r.Headers.IfMatch != $"W/\"{Version}\""
            ? Fhir(412, Outcome("conflict"))
            : Fhir(200, Stored ?? ""));
        app.MapPost("/token", TokenAsync);
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var check = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(ClientKey.ExportParameters(false)),
            ValidIssuer = ClientId,
            ValidAudience = TokenUrl.ToString(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha384],
        });
        var sound = check.IsValid && form["grant_type"] == "client_credentials"
            && form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            && check.ClaimsIdentity.FindFirst("sub")?.Value == ClientId && check.SecurityToken is JsonWebToken { Kid.Length: > 0 };
        if (!sound)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        var issued = Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new { access_token = $"token-{issued}", token_type = "bearer", expires_in = TokenLifetimeSeconds, scope = form["scope"].ToString() });
    }

    private static IResult Fhir(int status, string json) => Results.Content(json, "application/fhir+json", statusCode: status);

    private static string Outcome(string code) =>
        $$"""{ "resourceType": "OperationOutcome", "issue": [ { "severity": "error", "code": "{{code}}", "diagnostics": "Patient Jane Doe born 1970-01-01 is locked" } ] }""";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ClientKey.Dispose();
    }
}
