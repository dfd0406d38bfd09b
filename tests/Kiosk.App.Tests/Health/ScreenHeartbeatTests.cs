using System.Net;
using System.Net.Http.Json;
using Kiosk.App.Health;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.Health;

public sealed class ScreenHeartbeatTests
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    [Test]
    public void A_screen_never_heard_from_is_stale_since_the_kiosk_started()
    {
        var screen = new ScreenHeartbeat(new FakeTimeProvider());

        Assert.That(screen.Check(StaleAfter), Is.EqualTo(new ScreenState.Stale("no kiosk page since the kiosk started")));
    }

    [Test]
    public void A_screen_heard_within_the_limit_is_alive_and_says_how_long_ago()
    {
        var time = new FakeTimeProvider();
        var screen = new ScreenHeartbeat(time);
        screen.Heard();
        time.Advance(TimeSpan.FromSeconds(12));

        Assert.That(screen.Check(StaleAfter), Is.EqualTo(new ScreenState.Alive(TimeSpan.FromSeconds(12))));
    }

    [Test]
    public void A_screen_quiet_for_longer_than_the_limit_is_stale_and_says_for_how_long()
    {
        var time = new FakeTimeProvider();
        var screen = new ScreenHeartbeat(time);
        screen.Heard();
        time.Advance(TimeSpan.FromSeconds(47));

        Assert.That(screen.Check(StaleAfter), Is.EqualTo(new ScreenState.Stale("no kiosk page has said it is alive for 47 s")));
    }

    [Test]
    public void A_stale_screen_that_speaks_again_is_alive()
    {
        var time = new FakeTimeProvider();
        var screen = new ScreenHeartbeat(time);
        screen.Heard();
        time.Advance(TimeSpan.FromMinutes(5));
        screen.Heard();
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.That(screen.Check(StaleAfter), Is.EqualTo(new ScreenState.Alive(TimeSpan.FromSeconds(1))));
    }

    [Test]
    public async Task The_kiosk_app_answers_503_then_200_after_a_post_then_503_once_the_page_is_quiet_past_its_setting()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var kiosk = LoneKiosk.Start(new Dictionary<string, string> { ["Kiosk:ScreenStaleAfter"] = "00:00:10" }, time);
        using var http = kiosk.CreateClient();

        using var before = await http.GetAsync(new Uri("/healthz/screen", UriKind.Relative));
        var beforeText = await before.Content.ReadAsStringAsync();
        // No antiforgery token, no cookie: exactly what the page's keepalive fetch sends.
        using var alive = await http.PostAsync(new Uri("/screen/alive", UriKind.Relative), content: null);
        time.Advance(TimeSpan.FromSeconds(4));
        using var heard = await http.GetAsync(new Uri("/healthz/screen", UriKind.Relative));
        var heardBody = await heard.Content.ReadFromJsonAsync<SeenReply>();
        time.Advance(TimeSpan.FromSeconds(7));
        using var quiet = await http.GetAsync(new Uri("/healthz/screen", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(beforeText, Is.EqualTo("no kiosk page since the kiosk started"));
            Assert.That(alive.IsSuccessStatusCode, Is.True, $"POST /screen/alive answered {alive.StatusCode}");
            Assert.That(heard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(heardBody?.LastSeenSecondsAgo, Is.EqualTo(4));
            Assert.That(quiet.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await quiet.Content.ReadAsStringAsync(), Is.EqualTo("no kiosk page has said it is alive for 11 s"));
        });
    }

    private sealed record SeenReply(int LastSeenSecondsAgo);
}
