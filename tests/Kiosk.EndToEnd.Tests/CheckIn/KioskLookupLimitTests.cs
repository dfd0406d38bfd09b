using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// A confused patient whose name and birth date keep matching nobody is asked to wait a few seconds;
/// the patient behind them is found at once. The hub's clock stands still, so the wait it tells is
/// exactly what the rules say.
/// </summary>
public sealed class KioskLookupLimitTests : BrowserFixture
{
    /// <summary>The hub's NameGuard.FreeMissesPerSession: names matching nobody a session gets before it waits.</summary>
    private const int FreeMissesPerSession = 6;

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task A_confused_patient_is_asked_to_wait_five_seconds_and_the_next_patient_is_found_at_once()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        // Aisha Rahman was born on 2 November 1990; the confused patient keeps typing other days.
        for (var day = 3; day < 3 + FreeMissesPerSession; day++)
        {
            await kiosk.FindAsync("Rahman", $"{day}", "11", "1990");
            // The day box is a round trip behind the lookup: once it answers, the message is this lookup's.
            await kiosk.SettledAsync();
            await Expect(kiosk.Message).ToContainTextAsync("We could not find an appointment today");
        }

        await kiosk.FindAsync("Rahman", "2", "11", "1990");
        await Expect(kiosk.Message).ToHaveTextAsync("That did not work several times. Please wait 5 seconds and try again.");
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Get help" })).ToBeVisibleAsync();
        await Expect(kiosk.Page.GetByText("Aisha")).ToHaveCountAsync(0);
        await kiosk.LookAsync("name-wait");
        await Screenshots.ForDocsAsync(kiosk.Page, "kiosk-name-wait-portrait");
        await Expect(Blazor.ErrorBar(kiosk.Page)).ToBeHiddenAsync();

        // The confused patient goes to the desk; the next patient starts a new session and is found.
        await kiosk.TapAsync("Back");
        await kiosk.StartAsync();
        await kiosk.FindAsync("Rahman", "2", "11", "1990");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Aisha?");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
