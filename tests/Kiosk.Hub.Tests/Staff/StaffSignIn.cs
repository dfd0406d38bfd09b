using System.Net;
using System.Text.RegularExpressions;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>The sign-in form posted by hand, cookies carried explicitly, so a test sees each Set-Cookie as the hub wrote it.</summary>
internal static partial class StaffSignIn
{
    public static async Task<(HttpStatusCode Status, IReadOnlyList<string> SetCookies, string? Hsts)> PostAsync(HttpClient http, string userName, string password, string? forwardedFor = null)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri("/staff/sign-in", UriKind.Relative));
        Forward(get, forwardedFor);
        using var page = await http.SendAsync(get);
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/staff/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["_handler"] = "staff-sign-in",
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        Forward(post, forwardedFor);
        using var response = await http.SendAsync(post);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var signedIn) ? signedIn.ToList() : [];
        var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var h) ? h.Single() : null;
        return (response.StatusCode, setCookies, hsts);
    }

    /// <summary>What a proxy in front of the hub adds: the client's address, and that the client spoke HTTPS.</summary>
    private static void Forward(HttpRequestMessage request, string? forwardedFor)
    {
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            request.Headers.Add("X-Forwarded-Proto", "https");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
