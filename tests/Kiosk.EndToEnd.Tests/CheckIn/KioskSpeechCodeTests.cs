using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// The confirmation code from a reminder letter, typed by a patient who cannot see the screen: its
/// letters and digits from the keypad alone, as on a phone and as the last name is typed, each said back.
/// </summary>
public sealed class KioskSpeechCodeTests : BrowserFixture
{
    [Test]
    public async Task A_blind_patient_types_the_code_from_their_letter_on_the_keypad_hearing_each_character()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);
        await keys.PressAsync("ArrowDown", "Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        await keys.MoveToAsync("I have a confirmation code");
        await keys.PressAsync("Enter");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Code");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain("Letters and digits as on a phone: 2 for A B C, then 2"));
        var heardBefore = (await keys.SpokenAsync()).Length;
        var pressesBefore = keys.Presses;

        // GA4Q7X (Grace Adeyemi's letter). A key's digit comes after its letters, and the code has no
        // I or O: G is the first on 4; A the first on 2; 4 after G and H; Q the second on 7; 7 after
        // P Q R S; X the second on 9. Enter types the character just said.
        await keys.PressAsync("Numpad4", "Enter");
        await keys.PressAsync("Numpad2", "Enter");
        await keys.PressAsync("Numpad4", "Numpad4", "Numpad4");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("4"));
        await keys.PressAsync("Enter");
        await keys.PressAsync("Numpad7", "Numpad7", "Enter");
        await keys.PressAsync("Numpad7", "Numpad7", "Numpad7", "Numpad7", "Numpad7", "Enter");
        await keys.PressAsync("Numpad9", "Numpad9", "Enter");
        await Expect(page.Locator("#confirmation-code")).ToHaveValueAsync(DemoCodes.Adeyemi);

        // With nothing said, Enter looks the code up.
        await keys.PressAsync("Enter");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Is this you, Grace? Your appointment is at"));

        var typed = (await keys.SpokenAsync()).Skip(heardBefore).Where(s => s.StartsWith("Typed ", StringComparison.Ordinal));
        Assert.That(typed, Is.EqualTo(new[] { "Typed G.", "Typed A.", "Typed 4.", "Typed Q.", "Typed 7.", "Typed X." }), "each character is said back as it is typed");
        Assert.That(keys.Presses - pressesBefore, Is.EqualTo(21), "six characters and Enter, from the keypad alone");
        TestContext.Out.WriteLine($"Code screen to 'Is this you?' in {keys.Presses - pressesBefore} key presses ({keys.Presses} in all).");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
