using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// Speech mode for a patient who cannot see the screen: keyboard events only (arrows and a numeric
/// keypad), and the spoken words checked at every step.
/// </summary>
public sealed class KioskSpeechTests : BrowserFixture
{
    [Test]
    public async Task A_patient_checks_in_from_the_keypad_alone_hearing_every_step()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await LastSpokenAsync(page), Does.StartWith("Speech is on.").And.Contain("Use the arrow keys to move"));

        await MoveToAsync(page, "English");
        await page.Keyboard.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        Assert.That(await LastSpokenAsync(page), Does.StartWith("Find your appointment"));

        // The birth date first, each box taking the keys by itself, then two letters: the kiosk searches by itself.
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "digits");
        await ChooseAsync(page, "0");
        await ChooseAsync(page, "2");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "months");
        await ChooseAsync(page, "November");
        await ChooseAsync(page, "9");
        await ChooseAsync(page, "0");
        await Expect(page.Locator("#birth-year")).ToHaveValueAsync("90");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "letters");
        await ChooseAsync(page, "R");
        await ChooseAsync(page, "A");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        Assert.That(await LastSpokenAsync(page), Does.StartWith("Is this you, Aisha?"));

        await MoveToAsync(page, "Yes, check me in");
        await page.Keyboard.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await MoveToAsync(page, "Nothing today — check me in");
        await page.Keyboard.PressAsync("Numpad5");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        var code = (await kiosk.TicketCode.TextContentAsync())!.Trim();
        Assert.That(await LastSpokenAsync(page), Does.StartWith("You're checked in").And.Contain(code));

        await page.Keyboard.PressAsync("NumpadDivide");
        await Expect(kiosk.Main).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bblank\b"));
        Assert.That(await LastSpokenAsync(page), Is.EqualTo("The screen is now blank. Press slash to show it again."));
        await page.Keyboard.PressAsync("NumpadMultiply");
        Assert.That(await LastSpokenAsync(page), Does.Contain(code), "star says the screen again, even while it is dark");
        await page.Keyboard.PressAsync("NumpadSubtract");
        Assert.That(await LastSpokenAsync(page), Is.EqualTo("70 %"));
        await Shots.TakeAsync(page, "kiosk-speech-blank");

        await MoveToAsync(page, "Done");
        await page.Keyboard.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "off");
        Assert.That(await kiosk.BodyHtmlAsync(), Does.Not.Contain("Rahman").And.Not.Contain("Aisha"));
    }

    [Test]
    public async Task Talk_to_me_on_screen_starts_speech_in_the_patients_language_and_back_goes_back()
    {
        var kiosk = await OpenKioskAsync(1920, 1080);
        var page = kiosk.Page;
        await kiosk.TapAsync("Español");
        await page.Locator("[data-access=talk]").ClickAsync();
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await LastSpokenAsync(page), Does.StartWith("La voz está activada."));
        await kiosk.LookAsync("speech-on-es");

        await page.Keyboard.PressAsync("Numpad0");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    private static Task<string> LastSpokenAsync(IPage page) => page.EvaluateAsync<string>("() => window.kioskLastSpoken ?? ''");

    /// <summary>Arrows down until the kiosk says the wanted item ("R, 12 of 40", "English Touch to check in, 1 of 7"); fails if it never does.</summary>
    private static async Task MoveToAsync(IPage page, string item)
    {
        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            var said = await LastSpokenAsync(page);
            if (said.StartsWith(item + ",", StringComparison.Ordinal) || said.StartsWith(item + " ", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"The kiosk never said '{item}'; last it said '{await LastSpokenAsync(page)}'.");
    }

    /// <summary>Moves to a key of the on-screen keyboard and chooses it with 5, waiting until it has landed.</summary>
    private static async Task ChooseAsync(IPage page, string key)
    {
        var before = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('main.kiosk input')].map(i => i.value).join('|')");
        await MoveToAsync(page, key);
        await page.Keyboard.PressAsync("Numpad5");
        await page.WaitForFunctionAsync("before => [...document.querySelectorAll('main.kiosk input')].map(i => i.value).join('|') !== before", before);
    }
}
