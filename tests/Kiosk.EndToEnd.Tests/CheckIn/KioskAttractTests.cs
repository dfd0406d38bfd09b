using Kiosk.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>The attract screen between patients: a silent, captioned lobby video that really plays, within the screen.</summary>
public sealed class KioskAttractTests : BrowserFixture
{
    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task The_lobby_video_plays_silently_with_its_caption_and_the_screen_still_fits(int width, int height)
    {
        var kiosk = await OpenKioskAsync(width, height);
        var video = kiosk.Page.Locator(".lobby-video video");

        await kiosk.Page.WaitForFunctionAsync("() => { const v = document.querySelector('.lobby-video video'); return v && !v.paused && v.currentTime > 0.5; }");
        await Expect(kiosk.Page.Locator(".lobby-video figcaption")).ToHaveTextAsync("Take a breath: a calm moment while you wait. · Respire: un momento de calma mientras espera.");
        await kiosk.LookAsync($"attract-video-{(width > height ? "landscape" : "portrait")}");

        Assert.That(await video.EvaluateAsync<bool>("v => v.muted"), Is.True, "nobody chose to hear it");
        Assert.That(await kiosk.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollHeight"), Is.LessThanOrEqualTo(height), "the whole attract screen is on the screen");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task The_attract_screen_shows_the_clinics_own_logo_from_its_clinic_file()
    {
        var kiosk = await OpenKioskAsync(1080, 1920);
        var logo = kiosk.Page.Locator("#welcome-title img.clinic-logo");

        await Expect(logo).ToBeVisibleAsync();
        await kiosk.Page.WaitForFunctionAsync("() => document.querySelector('#welcome-title img.clinic-logo').naturalWidth > 0");

        Assert.That(await logo.GetAttributeAsync("src"), Does.Match(@"^/clinic/logo\?v=[0-9a-f]{12}$"), "served by the kiosk itself, so it shows while the hub is away");
        Assert.That(await kiosk.Page.Locator("#welcome-title").InnerTextAsync(), Is.EqualTo("Riverside Family Practice"), "the picture adds nothing to read");
    }
}
