using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>An HTTP endpoint as the hub's routing lists it: its route and the methods it answers.</summary>
public sealed record RestEndpoint(RoutePattern Route, IReadOnlyList<string> Methods, bool IsFile)
{
    public string Name => $"{string.Join('|', Methods)} /{Route.RawText?.TrimStart('/')}";
}

/// <summary>One hostile request: where, how, with which extra headers and body; built fresh for each send.</summary>
public sealed record RestPayload(RestEndpoint Endpoint, string Method, string PathAndQuery, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body, string? ContentType, string Kind)
{
    /// <summary>Carries the sign-in form's real antiforgery token: sent by the client whose cookie matches it.</summary>
    public bool WithToken { get; init; }

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(PathAndQuery, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);

            // As browsers and curl do for a big upload: the hub may refuse before reading it, and its answer is then
            // heard instead of a reset half-way through a megabyte nobody will read.
            request.Headers.ExpectContinue = Body.Length > 64 * 1024;
        }

        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public override string ToString() => $"{Method} {(PathAndQuery.Length > 160 ? PathAndQuery[..160] + "…" : PathAndQuery)} [{Kind}]";
}

/// <summary>
/// Hostile requests for an endpoint: route values and query strings that are injections, Unicode,
/// dates out of range, huge numbers or 20,000 characters; broken headers; bodies that are not the form
/// or JSON they claim, or a megabyte long; now and then a method the endpoint does not answer.
/// </summary>
public sealed class RestPayloads(HostileValues values)
{
    public const string SignInPath = "/staff/sign-in";

    /// <summary>An antiforgery token from the sign-in form, held by the anonymous client that fetched it.</summary>
    public string? SignInToken { get; set; }

    private static readonly string[] QueryNames = ["days", "day", "from", "to", "personal", "lang", "token", "id", "kind", "returnUrl", "ReturnUrl", "handler", "_handler", "negotiateVersion", "access_token", "v"];
    private static readonly string[] RawSegments = ["..", "%2e%2e", "%00", "%ZZ", "a%2Fb", "%252e%252e%252f", "%C0%AE%C0%AE", "%FF%FE", "~", "%E2%80%AE", ";x=1"];
    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "GET", "POST", "HEAD"];
    private static readonly string[] ContentTypes = ["application/x-www-form-urlencoded", "application/json", "multipart/form-data", "multipart/form-data; boundary=", "text/plain; charset=utf-7", "application/x-www-form-urlencoded; charset=ebcdic", "💥/💥", ""];

    private static readonly (string Name, string[] Values)[] HostileHeaders =
    [
        ("Accept-Language", ["es;q=abc", "*;q=-1", "xx-XX-YY-ZZ-QQ", "en;q=1.5,,,,", new string('a', 5_000), "es-ES,es;q=0.9,en;q=0.8", "\u202Ear"]),
        ("Cookie", [".AspNetCore.Cookies=garbage", ".AspNetCore.Antiforgery.x=%%%", "a=" + new string('x', 10_000), "=;=;=", ".AspNetCore.Cookies=CfDJ8" + new string('A', 400)]),
        ("Authorization", ["Bearer ' OR 1=1 --", "Basic !!!", "Bearer", "Bearer " + new string('k', 5_000), "Negotiate x"]),
        ("Range", ["bytes=999999999999-", "bytes=-0", "bytes=5-1", "bytes=a-b", string.Join(',', Enumerable.Repeat("0-0", 500)).Insert(0, "bytes=")]),
        ("If-None-Match", ["*", "\"", "W/", new string('"', 300)]),
        ("If-Modified-Since", ["yesterday", "Mon, 32 Dec 9999 99:99:99 GMT", "0"]),
        ("Accept-Encoding", ["br;q=x, gzip;q=-5", "*;q=0", "identity;q=0", "compress, x-bogus"]),
        ("X-Forwarded-For", ["999.999.999.999", "::ffff:::1", "' OR 1=1", "127.0.0.1, 10.0.0.1, unknown"]),
        ("X-Forwarded-Proto", ["javascript", "https, http"]),
        ("Origin", ["null", "http://evil.example", "file://"]),
    ];

    public RestPayload Next(RestEndpoint endpoint)
    {
        var kinds = new List<string>();
        var other = values.Chance(0.05);
        var method = other ? values.Pick(OtherMethods) : values.Pick(endpoint.Methods);
        if (other) kinds.Add("other method");
        var path = Path(endpoint.Route, kinds);
        var query = values.Chance(0.7) ? Query(kinds) : "";
        var headers = new List<(string, string)>();
        foreach (var (name, options) in HostileHeaders.Where(_ => values.Chance(0.12)))
        {
            headers.Add((name, values.Pick(options)));
            kinds.Add(name);
        }

        if (method == "POST" && endpoint.Route.RawText == SignInPath && SignInToken is { } token && values.Chance(0.5))
        {
            // Past the antiforgery check, into the sign-in itself: a hostile name and password, never the real ones.
            var form = $"__RequestVerificationToken={PercentEncoding.Encode(token)}&_handler=staff-sign-in&UserName={PercentEncoding.Encode(values.Text())}&Password={PercentEncoding.Encode(values.Text())}";
            return new RestPayload(endpoint, method, path, [], Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", "sign-in form with its token") { WithToken = true };
        }

        var (body, type) = method is "POST" or "PUT" or "PATCH" || (method == "DELETE" && values.Chance(0.5)) ? Body(kinds) : (null, null);
        return new RestPayload(endpoint, method, path + query, headers, body, type, string.Join(", ", kinds.DefaultIfEmpty("plain")));
    }

    private string Path(RoutePattern route, List<string> kinds)
    {
        var path = new StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Parameter(parameter, kinds),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private string Parameter(RoutePatternParameterPart parameter, List<string> kinds)
    {
        kinds.Add($"{{{parameter.Name}}}");
        return values.Chance(0.15) ? values.Pick(RawSegments) : PercentEncoding.Encode(values.Text());
    }

    private string Query(List<string> kinds)
    {
        kinds.Add("query");
        var pairs = Enumerable.Range(0, values.Random.Next(1, 5)).Select(_ =>
        {
            var name = values.Chance(0.8) ? values.Pick(QueryNames) : PercentEncoding.Encode(values.Text());
            var value = values.Random.Next(4) switch
            {
                0 => values.Number(),
                1 => values.Date(),
                2 => values.Pick(RawSegments),
                _ => values.Text(),
            };
            return $"{name}={PercentEncoding.Encode(value)}";
        });
        return "?" + string.Join('&', pairs) + (values.Chance(0.1) ? "&&=&==&%" : "");
    }

    private (byte[] Body, string? ContentType) Body(List<string> kinds)
    {
        var roll = values.Random.Next(100);
        kinds.Add(roll switch { < 40 => "form body", < 60 => "JSON body", < 75 => "bytes body", < 85 => "empty body", < 98 => "multipart body", _ => "megabyte body" });
        return roll switch
        {
            < 40 => (Encoding.UTF8.GetBytes(string.Join('&', new[] { "UserName", "Password", "_handler", "__RequestVerificationToken", "ReturnUrl", "Input.UserName" }
                .Where(_ => values.Chance(0.7)).Select(f => $"{f}={PercentEncoding.Encode(values.Text())}"))), "application/x-www-form-urlencoded"),
            < 60 => (Encoding.UTF8.GetBytes(values.Chance(0.5) ? JsonText.Members([("userName", JsonText.Quote(values.Text())), ("password", values.Number())]) : "{\"a\":[1,2,"), "application/json"),
            < 75 => (RandomBytes(values.Random.Next(1, 4_000)), values.Pick(ContentTypes)),
            < 85 => ([], values.Pick(ContentTypes)),
            < 98 => (Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"UserName\"\r\n\r\n" + values.Text() + "\r\n--x"), values.Pick(new[] { "multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=\"" + new string('b', 200) + "\"" })),
            _ => (Encoding.UTF8.GetBytes("UserName=" + new string('a', HostileValues.OneMegabyte)), "application/x-www-form-urlencoded"),
        };
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        values.Random.NextBytes(bytes);
        return bytes;
    }
}
