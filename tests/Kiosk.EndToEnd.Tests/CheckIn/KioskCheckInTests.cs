using Kiosk.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

public sealed class KioskCheckInTests : BrowserFixture
{
    [Test]
    public async Task A_kiosk_check_in_appears_on_reception_without_reload()
    {
        var reception = await OpenReceptionAsync();
        await Blazor.MarkAsync(reception.Page);
        await Shots.TakeAsync(reception.Page, "reception-before");
        var kiosk = await OpenKioskAsync();

        var code = await kiosk.CheckInAsync(DemoPatient.AishaRahman);

        await Expect(kiosk.Place).ToHaveTextAsync("You are next for Dr Lee.");
        await Expect(kiosk.QrCode).ToBeVisibleAsync();
        var row = reception.Row(code);
        await Expect(row).ToContainTextAsync(code);
        await Expect(row).ToContainTextAsync(DemoPatient.AishaRahman.FullName);
        await Shots.TakeAsync(reception.Page, "reception-after");
        Assert.That(await Blazor.IsStillMarkedAsync(reception.Page), Is.True, "The reception page was reloaded to show the check-in.");
    }
}
