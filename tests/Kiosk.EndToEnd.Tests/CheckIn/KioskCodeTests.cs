using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>The code on the reminder letter: typed on the code keypad, or scanned from its barcode on any screen.</summary>
public sealed class KioskCodeTests : BrowserFixture
{
    [TestCase(1080, 1920, DemoCodes.Adeyemi, "Grace")]
    [TestCase(1920, 1080, DemoCodes.OBrien, "Tom")]
    public async Task A_patient_checks_in_with_the_code_from_their_letter(int width, int height, string code, string firstName)
    {
        var kiosk = await OpenKioskAsync(width, height);
        await kiosk.StartAsync();

        await kiosk.TapAsync("I have a confirmation code");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Code");
        await kiosk.KeysAsync(code);
        await Expect(kiosk.Page.Locator("#confirmation-code")).ToHaveValueAsync(code);
        await kiosk.LookAsync("code-entry");
        await kiosk.TapAsync("Find my appointment");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Is this you, {firstName}?");
        await kiosk.LookAsync("code-confirm");
        await kiosk.TapAsync("Yes, check me in");
        await kiosk.TapAsync("Nothing today — check me in");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());

        await kiosk.FinishAsync();
        Assert.That(await kiosk.BodyHtmlAsync(), Does.Not.Contain(code).And.Not.Contain(firstName));
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task A_wrong_code_offers_try_again_use_my_name_and_help()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.TapAsync("I have a confirmation code");

        await kiosk.KeysAsync("ZZZ9ZZ");
        await kiosk.TapAsync("Find my appointment");

        await Expect(kiosk.Message).ToContainTextAsync("We could not find that code");
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Get help" })).ToBeVisibleAsync();
        await kiosk.LookAsync("code-not-found");
        await kiosk.TapAsync("Use my name instead");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task A_scanned_letter_on_the_attract_screen_goes_straight_to_is_this_you(int width, int height)
    {
        var kiosk = await OpenKioskAsync(width, height);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");

        await kiosk.ScanAsync(DemoCodes.Rahman.ToLowerInvariant());

        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Aisha?");
        await Expect(kiosk.Main).ToHaveAttributeAsync("lang", "en");
        await kiosk.LookAsync("scan-confirm");
        await kiosk.TapAsync("No, go back");
        await Expect(kiosk.Page.Locator("#confirmation-code")).ToHaveValueAsync(DemoCodes.Rahman);
        await kiosk.TapAsync("Back");
        await Expect(kiosk.LastName).ToHaveValueAsync("", new() { Timeout = 2000 });
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task A_scan_while_the_name_box_has_focus_leaves_no_letters_in_it_and_slow_typing_stays_typed()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.TapBoxAsync("last-name");

        await kiosk.TypeSlowlyAsync("Rahman");
        await Expect(kiosk.LastName).ToHaveValueAsync("Rahman");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");

        await kiosk.ScanAsync(DemoCodes.Nowak);
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Fatima?");
        await kiosk.TapAsync("No, go back");
        await kiosk.TapAsync("Back");
        await Expect(kiosk.LastName).ToHaveValueAsync("");
    }

    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task Too_early_says_when_to_come_back_with_get_help_and_done_and_forgets_after(int width, int height)
    {
        var kiosk = await OpenKioskAsync(width, height);
        await kiosk.StartAsync();
        await kiosk.TapAsync("I have a confirmation code");
        await kiosk.KeysAsync(DemoCodes.Haddad);
        await kiosk.TapAsync("Find my appointment");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "NotNow");
        await Expect(kiosk.Page.GetByTestId("not-now")).ToHaveTextAsync(new Regex(@"^Your appointment is at \d\d:\d\d\. Please come back after \d\d:\d\d\.$"));
        await kiosk.LookAsync("too-early");
        await kiosk.TapAsync("Get help");
        await Expect(kiosk.Message).ToContainTextAsync("front desk");
        await kiosk.FinishAsync();

        Assert.That(await kiosk.BodyHtmlAsync(), Does.Not.Contain(DemoCodes.Haddad).And.Not.Contain("Your appointment"));
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
