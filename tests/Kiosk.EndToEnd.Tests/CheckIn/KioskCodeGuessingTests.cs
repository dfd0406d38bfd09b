using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>
/// Someone typing code after wrong code is slowed down, the patient behind them checks in with their
/// own code at once, and reception is told the kiosk is being probed. The hub's clock stands still,
/// so the waits it tells are exactly what the rules say.
/// </summary>
public sealed class KioskCodeGuessingTests : BrowserFixture
{
    /// <summary>The hub's CodeGuard: wrong codes a session gets free, and the count reception is told about.</summary>
    private const int FreeTriesPerSession = 5;
    private const int ProbeWrongCodes = 10;

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task A_prankster_is_told_to_wait_the_next_patient_checks_in_with_their_code_and_reception_sees_someone_may_be_guessing()
    {
        var desk = await OpenReceptionAsync(1366, 768);
        await Expect(desk.Kiosk("lobby").GetByTestId("kiosk-probing")).ToHaveCountAsync(0);
        // An earlier round of guessing at the same kiosk, in a session of its own.
        await using (var sameKiosk = await Lobby.Hub.KioskAsync())
        {
            var earlier = Guid.NewGuid();
            for (var i = 0; i < ProbeWrongCodes - FreeTriesPerSession; i++)
            {
                var found = await sameKiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup($"YYYY9{i + 2}", earlier));
                Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            }
        }

        // Session A, on the screen: five wrong codes, then the sixth try is told to wait.
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.TapAsync("I have a confirmation code");
        for (var i = 0; i < FreeTriesPerSession; i++)
        {
            await kiosk.KeysAsync($"ZZZ9Z{i + 2}");
            await kiosk.TapAsync("Find my appointment");
            await Expect(kiosk.Message).ToContainTextAsync("We could not find that code");
            await kiosk.TapAsync("Try again");
            await Expect(kiosk.Page.Locator("#confirmation-code")).ToHaveValueAsync("");
        }

        await kiosk.KeysAsync(DemoCodes.Rahman);
        await kiosk.TapAsync("Find my appointment");
        await Expect(kiosk.Message).ToHaveTextAsync("That did not work several times. Please wait 5 seconds and try again.");
        await Expect(kiosk.Page.GetByText("Aisha")).ToHaveCountAsync(0);
        await kiosk.LookAsync("code-wait");
        await Screenshots.ForDocsAsync(kiosk.Page, "kiosk-code-wait-portrait");

        // Reception hears of it, live.
        var notice = desk.Kiosk("lobby").GetByTestId("kiosk-probing");
        await Expect(notice).ToHaveTextAsync("⚠ Lobby kiosk: 10 wrong codes in 10 minutes — someone may be guessing codes. Have a look at the kiosk.");
        await Screenshots.ForDocsAsync(desk.Page, "reception-kiosk-probing-1366x768");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with the probing notice");

        // The prankster walks away; the next patient starts a new session and checks in with their code.
        await kiosk.TapAsync("Back");
        await kiosk.TapAsync("Back");
        await kiosk.StartAsync();
        await kiosk.TapAsync("I have a confirmation code");
        await kiosk.KeysAsync(DemoCodes.Adeyemi);
        await kiosk.TapAsync("Find my appointment");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this you, Grace?");
        await kiosk.TapAsync("Yes, check me in");
        await kiosk.TapAsync("Nothing today — check me in");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        await Expect(desk.Kiosk("lobby")).ToContainTextAsync("last check-in");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
