using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// Two of today's patients born the same day whose last names begin alike: two letters are not enough,
/// so the kiosk asks for one more (naming nobody), and the third letter finds the right one.
/// </summary>
public sealed class KioskOneMoreLetterTests : BrowserFixture
{
    private static readonly DemoPatient NadiaBaker = new("Nadia", "Baker", new(1987, 4, 22));
    private static readonly DemoPatient RuthBates = new("Ruth", "Bates", new(1987, 4, 22));

    private const string OneMoreLetter = "Please type one more letter of your last name.";

    [OneTimeSetUp]
    public Task BookTwoPatientsAlikeAsync() => Lobby.BookAsync(NadiaBaker, RuthBates);

    [Test]
    public async Task Two_letters_shared_by_two_patients_born_the_same_day_ask_for_one_more_and_the_third_finds_the_right_one()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.BirthDateKeysAsync(RuthBates.DateOfBirth);

        await kiosk.KeysAsync("BA");
        await Expect(kiosk.Message).ToContainTextAsync(OneMoreLetter);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        await Expect(kiosk.Page.Locator(".entry.active #last-name")).ToHaveValueAsync("Ba");
        Assert.That(await kiosk.BodyHtmlAsync(), Does.Not.Contain("Ruth").And.Not.Contain("Nadia").And.Not.Contain("Bates").And.Not.Contain("Baker"));
        await kiosk.LookAsync("kiosk-one-more-letter");
        await Screenshots.ForDocsAsync(kiosk.Page, "kiosk-one-more-letter-portrait");

        await kiosk.KeysAsync("T");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Ruth?");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task In_speech_mode_one_more_letter_is_read_out_and_the_third_letter_from_the_keypad_finds_the_patient()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);
        await keys.PressAsync("ArrowDown", "Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");

        // 22 April 1987; then B A as on a phone (B the second on 2, A the first).
        await keys.PressAsync("Numpad2", "Numpad2", "Numpad4", "Numpad8", "Numpad7");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "letters");
        await keys.PressAsync("Numpad2", "Numpad2", "Enter", "Numpad2", "Enter");

        await Expect(kiosk.Message).ToContainTextAsync(OneMoreLetter);
        await page.WaitForFunctionAsync("m => (window.kioskSpoken ?? []).some(s => s.startsWith(m))", OneMoreLetter);

        // K, the second on 5.
        await keys.PressAsync("Numpad5", "Numpad5", "Enter");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Is this you, Nadia?"));
    }
}
