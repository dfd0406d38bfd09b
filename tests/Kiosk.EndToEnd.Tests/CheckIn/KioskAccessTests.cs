using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>Larger text, high contrast, reach mode and read-aloud, as a patient switches them on.</summary>
public sealed class KioskAccessTests : BrowserFixture
{
    [Test]
    public async Task High_contrast_keeps_every_text_at_seven_to_one_or_better()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.TapAsync("High contrast");
        await kiosk.LookAsync("attract-contrast");
        var attract = await Axe.BelowSevenToOneAsync(kiosk.Page);
        await kiosk.TapAsync("English");
        await kiosk.LookAsync("find-contrast");

        Assert.That(attract, Is.Empty);
        Assert.That(await Axe.BelowSevenToOneAsync(kiosk.Page), Is.Empty);
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task Text_grows_to_200_percent_without_anything_cut_off_sideways(int width, int height)
    {
        var kiosk = await OpenKioskAsync(width, height);
        var before = await RootFontSizeAsync(kiosk.Page);
        await kiosk.TapAsync("English");
        await kiosk.TapAsync("Larger text");
        await kiosk.TapAsync("Larger text");
        await Expect(kiosk.Page.Locator("[data-access=text]")).ToContainTextAsync("200 %");

        Assert.That(await RootFontSizeAsync(kiosk.Page), Is.EqualTo(before * 2).Within(0.5));
        Assert.That(await kiosk.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "no sideways scrolling");
        await kiosk.LookAsync("find-200-percent");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task Reach_mode_puts_every_control_in_the_lower_half_of_the_screen()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.TapAsync("Lower controls");
        await kiosk.LookAsync("attract-reach");
        var attract = await HighestControlAsync(kiosk.Page);
        await kiosk.TapAsync("English");
        await kiosk.LookAsync("find-reach");

        Assert.That(attract, Is.GreaterThanOrEqualTo(1920 / 2));
        Assert.That(await HighestControlAsync(kiosk.Page), Is.GreaterThanOrEqualTo(1920 / 2));
    }

    [Test]
    public async Task Read_aloud_speaks_the_screen_in_the_patients_language()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.TapAsync("Español");

        await kiosk.TapAsync("Leer en voz alta");

        // The tap goes to the server and comes back as a call into the page: wait for it to land.
        var spoken = await (await kiosk.Page.WaitForFunctionAsync("() => window.kioskLastSpoken")).JsonValueAsync<string>();
        Assert.That(spoken, Does.StartWith("Buscar su cita").And.Contain("Su apellido"));
    }

    [Test]
    public async Task The_next_patient_starts_with_the_usual_screen()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.TapAsync("English");
        await kiosk.TapAsync("High contrast");
        await kiosk.TapAsync("Larger text");

        await kiosk.TapAsync("Back");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-scale", "100");
        await Expect(kiosk.Main).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("contrast"));
    }

    private static Task<double> RootFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");

    /// <summary>The top edge of the highest button or box on the page, in CSS px from the top.</summary>
    private static Task<double> HighestControlAsync(IPage page) =>
        page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('main button, main input')].filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().top + window.scrollY))");
}
