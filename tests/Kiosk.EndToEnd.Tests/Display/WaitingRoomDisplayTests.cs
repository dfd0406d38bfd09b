using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Display;

public sealed class WaitingRoomDisplayTests : BrowserFixture
{
    [Test]
    public async Task The_tv_display_shows_the_called_ticket_code_but_never_a_name()
    {
        var display = await OpenDisplayAsync();
        var reception = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync();
        var code = await kiosk.CheckInAsync(DemoPatient.FatimaNowak);

        await reception.CallToOtherRoomAsync(code, "Room 1");

        await Expect(display.NowCallingCode).ToHaveTextAsync(code);
        await Expect(display.NowCallingRoom).ToHaveTextAsync("Please go to Room 1");
        await Shots.TakeAsync(display.Page, "display-live");
        Assert.That(NamesIn(await reception.Page.Locator("body").InnerTextAsync()), Does.Contain(DemoPatient.FatimaNowak.LastName), "The name check cannot see names.");
        Assert.That(NamesIn(await display.TextAsync()), Is.Empty, "The live TV page shows a patient's name.");

        var fresh = await OpenDisplayAsync();
        await Expect(fresh.NowCallingCode).ToHaveTextAsync(code);
        Assert.That(NamesIn(await fresh.TextAsync()), Is.Empty, "The freshly loaded TV page shows a patient's name.");
    }

    private List<string> NamesIn(string text) =>
        [.. Lobby.DemoPatientNames.Where(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
}
