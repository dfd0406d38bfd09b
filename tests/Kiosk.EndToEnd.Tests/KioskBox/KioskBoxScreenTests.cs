using System.Net;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.KioskBox;

/// <summary>
/// What the kiosk box relies on from the kiosk page in a real browser: an open page keeps /healthz/screen at 200 and
/// a page gone quiet turns it 503 (the watchdog then restarts the browser); Kiosk:HideCursor hides the pointer.
/// </summary>
public sealed class KioskBoxScreenTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private HubServer _hub = null!;

    [OneTimeSetUp]
    public void StartHub() => _hub = new HubServer();

    [OneTimeTearDown]
    public async Task StopHubAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteData();
    }

    [Test]
    public async Task An_open_kiosk_page_keeps_the_screen_healthy_and_a_closed_one_turns_it_503()
    {
        await using var kiosk = SettingsKiosk.Start(_hub.BaseAddress, _hub.KioskKey, new Dictionary<string, string> { ["Kiosk:ScreenStaleAfter"] = "00:00:03" });
        using var http = kiosk.CreateClient();
        var (before, beforeWhy) = await ScreenAsync(http);
        Assert.That((before, beforeWhy), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "no kiosk page since the kiosk started")));

        var context = await SharedBrowser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1080, Height = 1920 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(kiosk.BaseAddress.ToString());
        await Blazor.WaitUntilInteractiveAsync(page);
        var alive = await ScreenUntilAsync(http, HttpStatusCode.OK);
        Assert.That(alive, Does.Contain("lastSeenSecondsAgo"));

        await context.CloseAsync();
        var quiet = await ScreenUntilAsync(http, HttpStatusCode.ServiceUnavailable);
        Assert.That(quiet, Does.StartWith("no kiosk page has said it is alive for "));
    }

    [TestCase(true, "none", "none")]
    [TestCase(false, "auto", "pointer")]
    public async Task Kiosk_HideCursor_hides_the_pointer_on_every_element(bool hide, string onPage, string onButton)
    {
        await using var kiosk = SettingsKiosk.Start(_hub.BaseAddress, _hub.KioskKey, new Dictionary<string, string> { ["Kiosk:HideCursor"] = hide ? "true" : "false" });
        var context = await SharedBrowser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1080, Height = 1920 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(kiosk.BaseAddress.ToString());
            await Blazor.WaitUntilInteractiveAsync(page);
            var button = page.GetByRole(AriaRole.Button).First;
            await Assertions.Expect(button).ToBeVisibleAsync();

            Assert.Multiple(async () =>
            {
                Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"), Is.EqualTo(onPage));
                Assert.That(await button.EvaluateAsync<string>("b => getComputedStyle(b).cursor"), Is.EqualTo(onButton));
            });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> ScreenAsync(HttpClient http)
    {
        using var reply = await http.GetAsync(new Uri("/healthz/screen", UriKind.Relative));
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    /// <summary>Asks /healthz/screen until it answers <paramref name="wanted"/>; fails saying what it last said.</summary>
    private static async Task<string> ScreenUntilAsync(HttpClient http, HttpStatusCode wanted)
    {
        using var give = new CancellationTokenSource(Patience);
        var last = (Status: default(HttpStatusCode), Body: "");
        while (!give.IsCancellationRequested)
        {
            last = await ScreenAsync(http);
            if (last.Status == wanted)
            {
                return last.Body;
            }

            // Between questions only: the answer, not the clock, ends the wait.
            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        Assert.Fail($"/healthz/screen did not say {(int)wanted} within {Patience.TotalSeconds} s; it last said {(int)last.Status}: {last.Body}");
        return last.Body;
    }
}
