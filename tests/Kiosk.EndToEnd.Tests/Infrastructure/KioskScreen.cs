using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The lobby kiosk as a patient uses it: by the words on its buttons.</summary>
public sealed class KioskScreen(IPage page, Screenshots shots)
{
    public IPage Page => page;
    public ILocator Main => page.Locator("main.kiosk");
    public ILocator Message => page.GetByRole(AriaRole.Alert);
    public ILocator TicketCode => page.GetByTestId("ticket-code");
    public ILocator Place => page.GetByTestId("place");
    public ILocator QrCode => page.Locator(".qr svg");
    public ILocator LastName => page.Locator("#last-name");

    public async Task OpenAsync(Uri kiosk)
    {
        await page.GotoAsync(kiosk.ToString());
        await Blazor.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    public async Task StartAsync()
    {
        await Expect(Main).ToHaveAttributeAsync("data-step", "Welcome");
        await shots.TakeAsync(page, "kiosk-welcome");
        await page.GetByRole(AriaRole.Button, new() { Name = "Touch here to check in" }).ClickAsync();
        await Expect(Main).ToHaveAttributeAsync("data-step", "FindAppointment");
    }

    public async Task FindAsync(string lastName, string day, string month, string year)
    {
        await EnterAsync(lastName, day, month, year);
        await SubmitFindAsync();
    }

    public async Task EnterAsync(string lastName, string day, string month, string year)
    {
        await LastName.FillAsync(lastName);
        await page.Locator("#birth-day").FillAsync(day);
        await page.Locator("#birth-month").FillAsync(month);
        await page.Locator("#birth-year").FillAsync(year);
    }

    public Task SubmitFindAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Find my appointment" }).ClickAsync();

    /// <summary>Welcome → find → "is this you?" → ticket. Returns the ticket code on the done screen.</summary>
    public async Task<string> CheckInAsync(DemoPatient patient)
    {
        await StartAsync();
        var born = patient.DateOfBirth;
        await EnterAsync(patient.LastName, Number(born.Day), Number(born.Month), Number(born.Year));
        await shots.TakeAsync(page, "kiosk-find");
        await SubmitFindAsync();
        await Expect(Main).ToHaveAttributeAsync("data-step", "Confirm");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(patient.FirstName);
        await shots.TakeAsync(page, "kiosk-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, check me in" }).ClickAsync();
        await Expect(Main).ToHaveAttributeAsync("data-step", "Done");
        await Expect(TicketCode).ToHaveTextAsync(TicketCodePattern());
        await shots.TakeAsync(page, "kiosk-done");
        return (await TicketCode.TextContentAsync())!.Trim();
    }

    /// <summary>"Done": the next patient must see the welcome screen, nothing of this one.</summary>
    public async Task FinishAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Expect(Main).ToHaveAttributeAsync("data-step", "Welcome");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Regex TicketCodePattern() => new(@"^\s*[A-Z]\d{3}\s*$");
}
