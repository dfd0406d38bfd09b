using System.Text.RegularExpressions;
using Kiosk.App.Core.CheckIn;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// A blind patient at the kiosk with its keypad alone: a check-in in a few dozen keys, every letter
/// said back, every detail of the appointment said, and never "Do you need more time?" while keys
/// are being pressed (on a kiosk clock the test moves).
/// </summary>
public sealed class KioskKeysOnlyTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? KioskTime => _time;

    [Test]
    public async Task A_blind_patient_checks_in_with_at_most_60_keys_hearing_each_letter_and_every_detail()
    {
        var kiosk = await OpenKioskAsync();
        var page = kiosk.Page;
        var keys = new SpeechKeypad(page);

        await keys.PressAsync("ArrowDown");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain("1: English").And.Contain("2: Español").And.Contain("press 2 to move down the list and 5 to choose"));
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("Find your appointment").And.Contain("Day, box, empty. Type the number with the keypad"));

        // 14 February 1979: the day's digits, the month's number, the year's last two digits.
        await keys.PressAsync("Numpad1", "Numpad4");
        await Expect(page.Locator(".entry.active #birth-month")).ToBeVisibleAsync();
        await keys.PressAsync("Numpad2");
        await Expect(page.Locator("#birth-month")).ToHaveValueAsync("February");
        await keys.PressAsync("Numpad7", "Numpad9");
        await Expect(page.Locator(".keypad")).ToHaveAttributeAsync("data-mode", "letters");

        // N O, as on a phone: 6 is M N O Ñ; Enter types the letter just said. The kiosk then searches by itself.
        await keys.PressAsync("Numpad6", "Numpad6", "Enter", "Numpad6", "Numpad6", "Numpad6", "Enter");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        var spoken = await keys.SpokenAsync();
        Assert.That(spoken, Does.Contain("Typed 1.").And.Contain("Typed 4.").And.Contain("Typed February.").And.Contain("Typed 7.").And.Contain("Typed 9."));
        Assert.That(spoken, Does.Contain("Typed N.").And.Contain("Typed O."), "each letter is said back");
        Assert.That(spoken, Does.Contain("Day, box, 14. Month, box, empty. Press the month's number: 1 for January, up to 12 for December. 0 goes back."));

        var time = (await page.Locator(".appointment strong").TextContentAsync())!.Trim();
        var provider = Regex.Match((await page.Locator(".appointment").TextContentAsync())!, @"with (.+?)Follow-up").Groups[1].Value.Trim();
        Assert.That((time, provider), Is.Not.EqualTo((string.Empty, string.Empty)));
        var confirm = await keys.LastSpokenAsync();
        Assert.That(confirm, Does.StartWith($"Is this you, Fatima? Your appointment is at {time} with {provider}: Follow-up. 1: Yes, check me in. 2: No, go back."));
        await kiosk.LookAsync("kiosk-speech-confirm");

        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain("1: I'm anxious about needles.").And.Contain("7: Nothing today — check me in. 8: Back."));

        // Listening to every choice, a key every 4 seconds, for longer than the kiosk waits before it asks.
        for (var i = 0; i < 16; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(4));
            await keys.PressAsync("ArrowDown");
        }

        Assert.That(TimeSpan.FromSeconds(16 * 4), Is.GreaterThan(IdleViewModel.IdleAfter));
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await keys.MoveToAsync("Nothing today — check me in");
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        var code = (await kiosk.TicketCode.TextContentAsync())!.Trim();
        Assert.That(await keys.LastSpokenAsync(), Does.StartWith("You're checked in").And.Contain(code));

        Assert.That(keys.Presses, Is.LessThanOrEqualTo(60));
        TestContext.Out.WriteLine($"Checked in with {keys.Presses} key presses.");
        Assert.That(await keys.SpokenAsync(), Has.None.Contains("?.").And.None.Contains("..").And.None.Contains("⌫").And.None.Contains("☊"));
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
