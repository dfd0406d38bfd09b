using System.Net;
using System.Text;
using Kiosk.Hub.Auth;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>Who sends the hostile input: a kiosk by its device key, reception and an admin signed in, a phone holding nothing.</summary>
public sealed record FuzzCaller(string Role, string? Key, CookieContainer? Cookies);

/// <summary>The callers of one fuzzed hub, with an HTTP client each that never changes its cookies (a hostile answer cannot sign a caller out).</summary>
public sealed class FuzzCallers : IDisposable
{
    public const string Phone = "phone";
    public const string Admin = "admin";
    private readonly Dictionary<string, HttpClient> _http = [];

    private FuzzCallers(HubServer server, IReadOnlyList<FuzzCaller> all, CookieContainer signInForm)
    {
        (All, SignInForm) = (all, signInForm);
        foreach (var caller in all.Append(new FuzzCaller("sign-in form", null, signInForm)))
        {
            var http = new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            if (caller.Key is { } key) http.DefaultRequestHeaders.Authorization = new("Bearer", key);
            if (caller.Cookies?.GetCookieHeader(server.BaseAddress) is { Length: > 0 } cookies) http.DefaultRequestHeaders.Add("Cookie", cookies);
            _http[caller.Role] = http;
        }
    }

    public IReadOnlyList<FuzzCaller> All { get; }

    /// <summary>The anonymous browser that fetched the sign-in form: its antiforgery cookie matches the form's token.</summary>
    public CookieContainer SignInForm { get; }

    public string? SignInToken { get; private set; }

    public FuzzCaller this[string role] => All.Single(c => c.Role == role);

    public HttpClient Http(string role) => _http[role];

    public HttpClient SignInHttp => _http["sign-in form"];

    public static async Task<FuzzCallers> SignInAsync(HubServer server)
    {
        var adminPassword = await server.CreateStaffAsync("fuzz-admin", Roles.Admin);
        var reception = await server.SignInAsync(HubServer.StaffUser, server.StaffPasscode);
        var admin = await server.SignInAsync("fuzz-admin", adminPassword);
        Assert.That((reception.Status, admin.Status), Is.EqualTo((HttpStatusCode.Redirect, HttpStatusCode.Redirect)), "staff signed in");

        var form = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = form, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var page = await browser.GetStringAsync(new Uri(RestPayloads.SignInPath, UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        FuzzCaller[] all = [new(Roles.Kiosk, server.KioskKey, null), new(Roles.Reception, null, reception.Cookies), new(Admin, null, admin.Cookies), new(Phone, null, null)];
        return new FuzzCallers(server, all, form) { SignInToken = System.Net.WebUtility.HtmlDecode(token) };
    }

    public void Dispose()
    {
        foreach (var http in _http.Values) http.Dispose();
    }
}
