using Kiosk.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

public sealed class KioskMessagesTests : BrowserFixture
{
    [Test]
    public async Task An_unknown_patient_gets_a_clear_message_not_an_error()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();

        await kiosk.FindAsync("Vandersloot", "4", "7", "1985");
        await Expect(kiosk.Message).ToContainTextAsync("could not find");
        await Shots.TakeAsync(kiosk.Page, "not-booked");

        await kiosk.FindAsync("Rahman", "31", "2", "1990");
        await Expect(kiosk.Message).ToContainTextAsync("does not exist");
        await Shots.TakeAsync(kiosk.Page, "impossible-date");

        await kiosk.FindAsync("", "2", "11", "1990");
        await Expect(kiosk.Message).ToContainTextAsync("last name");
        await Shots.TakeAsync(kiosk.Page, "empty-name");

        await kiosk.FindAsync(new string('x', 10_000), "2", "11", "1990");
        await Expect(kiosk.Message).ToContainTextAsync("too long");
        await Shots.TakeAsync(kiosk.Page, "very-long-name");

        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        await Expect(Blazor.ErrorBar(kiosk.Page)).ToBeHiddenAsync();
    }
}
