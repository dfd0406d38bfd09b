using Kiosk.App.Core.CheckIn;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// Every kiosk screen fits, at every setting: each screen a patient can reach, in portrait and
/// landscape, at 100, 150 and 200 % text and in reach mode, has every control wholly on the
/// screen with nothing to scroll and no word broken; in reach mode every control sits in the
/// lower half. One page walks all the screens for each orientation and setting.
/// </summary>
[TestFixture(1080, 1920)]
[TestFixture(1920, 1080)]
public sealed class KioskFitTests(int width, int height) : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    /// <summary>The idle question is one of the screens: the kiosk's clock is one the test moves.</summary>
    protected override TimeProvider? KioskTime => _time;

    // A lobby per orientation: its four walks each try one wrong code, in four sessions.
    [TestCase("100", "Ortiz")]
    [TestCase("150", "Vega")]
    [TestCase("200", "Mora")]
    [TestCase("reach", "Rios")]
    public async Task Every_screen_fits_with_no_scrolling_and_no_word_broken(string setting, string walkInName)
    {
        var orientation = width > height ? "landscape" : "portrait";
        var kiosk = await OpenKioskAsync(width, height);
        var page = kiosk.Page;
        var problems = new List<string>();
        var see = new Func<string, Task>(async screen => problems.AddRange(await CheckAsync(kiosk, screen, $"{orientation}-{setting}")));

        await ApplyAsync(kiosk, setting);
        await see("attract");
        await kiosk.TapAsync("English");
        await Expect(page.Locator(".entry.active #birth-day")).ToBeVisibleAsync();
        await see("find");
        await kiosk.TapBoxAsync("birth-month");
        await Expect(page.Locator(".keypad[data-mode=months]")).ToBeVisibleAsync();
        await see("month-picker");
        await kiosk.TapBoxAsync("last-name");
        await Expect(page.Locator(".keypad[data-mode=letters]")).ToBeVisibleAsync();
        await see("find-letters");
        await kiosk.FindAsync("Vandersloot", "4", "7", "1985");
        await Expect(kiosk.Message).ToContainTextAsync("could not find");
        await see("find-not-found");

        await kiosk.TapAsync("I have a confirmation code");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Code");
        await see("code");
        // The right code before the wrong one: a code found after misses counts as guessed (CodeGuard), and four walks would send it to the desk.
        await page.Locator("#confirmation-code").FillAsync(DemoCodes.Rahman);
        await kiosk.TapAsync("Find my appointment");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Aisha?");
        await see("confirm");
        await kiosk.TapAsync("No, go back");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Code");
        await page.Locator("#confirmation-code").FillAsync("ZZZ9ZZ");
        await kiosk.TapAsync("Find my appointment");
        await Expect(kiosk.Message).ToContainTextAsync("could not find that code");
        await see("code-not-found");
        await kiosk.TapAsync("Back");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");

        await kiosk.TapAsync("I don't have an appointment");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "WalkInReason");
        await see("walkin-reason");
        await kiosk.TapAsync("I feel unwell");
        await Expect(page.Locator(".entry.active #first-name")).ToBeVisibleAsync();
        await see("walkin-details");
        await page.Locator("#first-name").FillAsync("Ana");
        await kiosk.EnterAsync(walkInName, "3", "4", "1961");
        await kiosk.TapAsync("Check me in");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await see("needs");
        await kiosk.TapAsync("I need an interpreter");
        await kiosk.TapAsync("Something else");
        await Expect(page.Locator("#other-note")).ToBeVisibleAsync();
        await Expect(page.Locator(".languages-pick")).ToBeVisibleAsync();
        await see("needs-care-note");
        await page.Locator(".needs .actions").GetByRole(AriaRole.Button, new() { Name = "Check me in" }).ClickAsync();
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        await see("done");

        await kiosk.TapAsync("I have a question");
        await Expect(page.Locator("button.topic").First).ToBeVisibleAsync();
        await see("question-topics");
        await page.Locator("button.topic[data-topic=billing]").ClickAsync();
        await Expect(page.Locator("#question-text")).ToBeVisibleAsync();
        await see("question-typing");
        await kiosk.TapAsync("Call me back on…");
        await Expect(page.Locator(".entry.active #question-phone")).ToBeVisibleAsync();
        await see("question-phone");
        await kiosk.KeysAsync("0740");
        await kiosk.TapAsync("Send my question");
        await Expect(page.Locator("#question-error")).ToBeVisibleAsync();
        await see("question-bad-number");
        await kiosk.TapAsync("Tell me here while I wait");
        await kiosk.TapAsync("Send my question");
        await Expect(page.GetByTestId("question-sent")).ToBeVisibleAsync();
        await see("question-sent");
        await kiosk.TapAsync("Back to my ticket");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Done");

        _time.Advance(IdleViewModel.IdleAfter);
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToBeVisibleAsync();
        await see("idle");
        await kiosk.TapAsync("Yes, I need more time");
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await kiosk.FinishAsync();

        // The next patient starts with the usual settings: this one chooses them again.
        await ApplyAsync(kiosk, setting);
        await Expect(page.GetByTestId("lobby-wait")).ToBeVisibleAsync();
        await see("attract-with-wait");
        await kiosk.TapAsync("English");
        await kiosk.TapAsync("I have a confirmation code");
        await page.Locator("#confirmation-code").FillAsync(DemoCodes.Haddad);
        await kiosk.TapAsync("Find my appointment");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "NotNow");
        await see("too-early");

        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The setting as a patient chooses it on the attract screen's access bar.</summary>
    private static async Task ApplyAsync(KioskScreen kiosk, string setting)
    {
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        if (setting == "reach")
        {
            await kiosk.TapAsync("Lower controls");
            await Expect(kiosk.Main).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\breach\b"));
            return;
        }

        while (await kiosk.Main.GetAttributeAsync("data-scale") != setting)
        {
            var before = await kiosk.Main.GetAttributeAsync("data-scale");
            await kiosk.TapAsync("Larger text");
            await Expect(kiosk.Main).Not.ToHaveAttributeAsync("data-scale", before!);
        }
    }

    /// <summary>This screen's problems, with a screenshot of it, so one run lists every screen that does not fit.</summary>
    private async Task<IEnumerable<string>> CheckAsync(KioskScreen kiosk, string screen, string how)
    {
        var problems = await ScreenFit.ProblemsAsync(kiosk.Page);
        if (problems.Count > 0)
        {
            await Shots.TakeAsync(kiosk.Page, $"{screen}-does-not-fit");
        }

        if (DocScreens.Contains(screen) && (how.EndsWith("-200", StringComparison.Ordinal) || how.EndsWith("-reach", StringComparison.Ordinal)))
        {
            await Screenshots.ForDocsAsync(kiosk.Page, $"kiosk-fit-{screen}-{how}");
        }

        return problems.Select(p => $"{screen} ({how}): {p}");
    }

    /// <summary>The screens kept in docs/screens/, at the hardest settings to fit (200 % text, reach mode), in each orientation.</summary>
    private static readonly HashSet<string> DocScreens = ["find", "month-picker", "question-phone", "done"];
}
