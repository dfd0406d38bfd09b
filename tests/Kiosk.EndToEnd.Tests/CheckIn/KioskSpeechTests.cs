using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
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
        var keys = new SpeechKeypad(page);

        await keys.PressAsync("ArrowDown");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Speech is on.").And.Contain("Use the arrow keys, or 2 and 8, to move"));
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");

        // 2 November 1990: a day that may take a second digit goes on with Enter; 1 then 1 is November.
        await keys.PressAsync("Numpad2", "Enter");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "months");
        await keys.PressAsync("Numpad1");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("1: press Enter for January, or 0, 1 or 2 for October, November or December."));
        await keys.PressAsync("Numpad1");
        await Expect(page.Locator("#birth-month")).ToHaveValueAsync("November");
        await keys.PressAsync("Numpad9", "Numpad0");
        await Expect(page.Locator("#birth-year")).ToHaveValueAsync("90");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Year, box, 90. Your last name, box, empty. Letters as on a phone"));

        // R is the third letter on 7; A the first on 2.
        await keys.PressAsync("Numpad7", "Numpad7", "Numpad7");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("R"));
        await keys.PressAsync("Enter", "Numpad2", "Enter");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Is this you, Aisha? Your appointment is at"));

        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await keys.MoveToAsync("Nothing today — check me in");
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        var code = (await kiosk.TicketCode.TextContentAsync())!.Trim();
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("You're checked in").And.Contain(code));

        await keys.PressAsync("NumpadDivide");
        await Expect(kiosk.Main).ToHaveClassAsync(new Regex(@"\bblank\b"));
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("The screen is now blank. Press slash to show it again."));
        await keys.PressAsync("NumpadMultiply");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain(code), "star says the screen again, even while it is dark");
        await keys.PressAsync("NumpadSubtract");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("70 %"));
        await Shots.TakeAsync(page, "kiosk-speech-blank");

        await keys.MoveToAsync("Done");
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "off");
        Assert.That(await kiosk.BodyHtmlAsync(), Does.Not.Contain("Rahman").And.Not.Contain("Aisha"));
    }

    [Test]
    public async Task The_attract_screen_says_how_to_choose_a_language_and_the_symbols_on_buttons_are_not_read()
    {
        var kiosk = await OpenKioskAsync();
        var keys = new SpeechKeypad(kiosk.Page);

        await keys.PressAsync("Numpad8");
        var welcome = await keys.LastSpokenAsync();
        await keys.PressAsync("ArrowUp");
        var last = await keys.LastSpokenAsync();
        await keys.PressAsync("Numpad2", "Numpad2");
        var spanish = await keys.LastSpokenAsync();
        await keys.PressAsync("Numpad5");

        Assert.That(welcome, Does.Contain("To choose a language, press 2 to move down the list and 5 to choose.")
            .And.Contain("Para elegir un idioma, pulse 2 para bajar por la lista y 5 para elegir.")
            .And.Contain("1: English Touch here to check in. 2: Español Toque aquí para registrarse."));
        Assert.That(last, Does.StartWith("Blank the screen,").Or.StartWith("Talk to me,"), "up from the first choice is the last thing on the screen");
        Assert.That(spanish, Does.StartWith("Español Toque aquí para registrarse, 2 of"));
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Buscar su cita").And.Contain("Escriba el número con el teclado"));
        await keys.MoveToAsync("Borrar");
        Assert.That(await keys.SpokenAsync(), Has.None.Contains("⌫").And.None.Contains("☊").And.None.Contains("?.").And.None.Contains(".."));
    }

    [Test]
    public async Task A_message_that_appears_on_the_screen_is_read_out()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);
        await keys.PressAsync("ArrowDown", "Numpad5", "Numpad1", "Numpad5", "Numpad3", "Numpad7", "Numpad0");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "letters");

        // Nobody is booked for 15 March 1970 as "ZZ…": Z is the fourth letter on 9.
        await keys.PressAsync("Numpad9", "Numpad9", "Numpad9", "Numpad9", "Enter", "Numpad9", "Numpad9", "Numpad9", "Numpad9", "Enter");

        await Expect(kiosk.Message).ToContainTextAsync("We could not find an appointment");
        await page.WaitForFunctionAsync("() => (window.kioskLastSpoken ?? '').startsWith('We could not find an appointment today')");
    }

    [Test]
    public async Task Zero_goes_back_a_box_at_a_time_then_to_the_attract_screen_still_talking()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);
        await keys.PressAsync("ArrowDown", "Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        await keys.PressAsync("Numpad1", "Numpad5", "Numpad3");
        await Expect(page.Locator(".entry.active #birth-year")).ToBeVisibleAsync();

        await keys.PressAsync("Numpad0");
        await Expect(page.Locator(".entry.active #birth-month")).ToBeVisibleAsync();
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Month, box, March."));
        await keys.PressAsync("Numpad0");
        await Expect(page.Locator(".entry.active #birth-day")).ToBeVisibleAsync();
        await keys.PressAsync("NumpadDecimal", "NumpadDecimal");
        await Expect(page.Locator("#birth-day")).ToHaveValueAsync("");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("Erased."));
        await keys.PressAsync("Numpad0");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain("1: English"));
    }

    [Test]
    public async Task Talk_to_me_starts_speech_in_the_patients_language_zero_on_the_code_screen_goes_back_and_talk_to_me_again_stops_it()
    {
        var kiosk = await OpenKioskAsync(1920, 1080);
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);
        await kiosk.TapAsync("Español");
        await kiosk.TapAsync("Tengo un código de confirmación");
        await page.Locator("[data-access=talk]").ClickAsync();
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("La voz está activada."));
        await kiosk.LookAsync("speech-on-es");

        await keys.PressAsync("Numpad7", "Enter");
        await Expect(page.Locator("#confirmation-code")).ToHaveValueAsync("P");
        await keys.PressAsync("Numpad0");
        await Expect(page.Locator("#confirmation-code")).ToHaveValueAsync("");
        Assert.That(await keys.SpokenAsync(), Does.Contain("Escrito: P.").And.Contain("Borrado."), "0 takes the last key back first");
        await keys.PressAsync("Numpad0");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Buscar su cita. Día, casilla, vacía. Escriba el número"));
        await page.Locator("[data-access=talk]").ClickAsync();
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "off");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
