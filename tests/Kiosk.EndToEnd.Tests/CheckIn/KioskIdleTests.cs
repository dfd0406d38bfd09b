using Kiosk.App.Core.CheckIn;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>No silent time-outs, and nothing personal left behind: on a kiosk clock the test moves.</summary>
public sealed class KioskIdleTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? KioskTime => _time;

    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task Left_alone_the_kiosk_asks_for_more_time_then_starts_again_with_no_name_or_birth_date_in_the_page(int width, int height)
    {
        var kiosk = await OpenKioskAsync(width, height);
        await kiosk.StartAsync();
        await kiosk.EnterAsync("Rahman", "2", "11", "1990");
        await Expect(kiosk.Page.Locator("#birth-month")).ToHaveValueAsync("November");
        await kiosk.SettledAsync();

        _time.Advance(IdleViewModel.IdleAfter);
        var dialog = kiosk.Page.GetByRole(AriaRole.Alertdialog);
        await Expect(dialog).ToContainTextAsync("Do you need more time?");
        await kiosk.LookAsync("idle-question");
        _time.Advance(TimeSpan.FromSeconds(20));
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(kiosk.LastName).ToHaveValueAsync("Rahman");

        _time.Advance(IdleViewModel.AnswerWithin - TimeSpan.FromSeconds(20));

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        var html = await kiosk.BodyHtmlAsync();
        Assert.That(html, Does.Not.Contain("Rahman").And.Not.Contain("1990").And.Not.Contain("November"));
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task Yes_I_need_more_time_keeps_what_was_typed()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.EnterAsync("Nowak", "14", "2", "1979");
        await kiosk.SettledAsync();

        _time.Advance(IdleViewModel.IdleAfter);
        await kiosk.TapAsync("Yes, I need more time");

        await Expect(kiosk.Page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await Expect(kiosk.LastName).ToHaveValueAsync("Nowak");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
    }

    [Test]
    public async Task In_speech_mode_the_question_is_read_with_its_choices_more_time_first_and_start_again_keeps_talking()
    {
        var kiosk = await OpenKioskAsync();
        var keys = new SpeechKeypad(kiosk.Page);
        await keys.PressAsync("ArrowDown", "Numpad5", "Numpad1", "Numpad4");
        await Expect(kiosk.Page.Locator(".entry.active #birth-month")).ToBeVisibleAsync();

        _time.Advance(IdleViewModel.IdleAfter);
        await Expect(kiosk.Page.GetByRole(AriaRole.Alertdialog)).ToBeVisibleAsync();
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("Do you need more time? If nobody touches the screen or presses a key, it will start again soon and forget what was typed. 1: Yes, I need more time. 2: Start again."));
        await keys.PressAsync("Numpad5");
        await Expect(kiosk.Page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await Expect(kiosk.Page.Locator("#birth-day")).ToHaveValueAsync("14");

        _time.Advance(IdleViewModel.IdleAfter);
        await Expect(kiosk.Page.GetByRole(AriaRole.Alertdialog)).ToBeVisibleAsync();
        await keys.PressAsync("Numpad2");
        Assert.That(await keys.LastSpokenAsync(), Is.EqualTo("Start again, 2 of 2"));
        await keys.PressAsync("Numpad5");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-speech", "on");
        Assert.That(await keys.LastSpokenAsync(), Does.Contain("1: English"));
    }

    [Test]
    public async Task Done_after_a_check_in_leaves_no_name_ticket_or_birth_date_in_the_page()
    {
        var kiosk = await OpenKioskAsync();
        var code = await kiosk.CheckInAsync(DemoPatient.FatimaNowak);

        await kiosk.FinishAsync();

        var html = await kiosk.BodyHtmlAsync();
        Assert.That(html, Does.Not.Contain("Nowak").And.Not.Contain("Fatima").And.Not.Contain("1979").And.Not.Contain(code));
        await Expect(kiosk.Page.GetByTestId("lobby-wait")).ToContainTextAsync("right now");
        await kiosk.LookAsync("attract-with-wait");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
