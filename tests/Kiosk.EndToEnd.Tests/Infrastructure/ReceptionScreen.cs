using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The reception board, signed in at a desk with its passcode.</summary>
public sealed class ReceptionScreen(IPage page)
{
    public IPage Page => page;

    public async Task SignInAsync(Uri hub, string userName, string password)
    {
        await page.GotoAsync(new Uri(hub, "/staff/sign-in").ToString());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reception$"));
        await Blazor.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator(".live")).ToHaveTextAsync("Live");
    }

    public ILocator Row(string code) => page.Locator($"tr[data-code=\"{code}\"]");

    /// <summary>One kiosk's line in the Kiosks panel, by its enrolled id.</summary>
    public ILocator Kiosk(string id) => page.Locator($"li[data-kiosk=\"{id}\"]");

    public Task CallAsync(string code, string room) =>
        Row(code).GetByRole(AriaRole.Button, new() { Name = $"Call to {room}" }).ClickAsync();

    /// <summary>Two clicks: the row's "Room…" menu, then the room.</summary>
    public async Task CallToOtherRoomAsync(string code, string room)
    {
        await Row(code).GetByRole(AriaRole.Button, new() { Name = "Room…" }).ClickAsync();
        await RoomMenu.GetByRole(AriaRole.Button, new() { Name = room }).ClickAsync();
    }

    /// <summary>The open "Call … to which room?" menu.</summary>
    public ILocator RoomMenu => page.Locator(".room-menu:popover-open");

    /// <summary>"Dr Lee seems about 15 min behind — Confirm / Not now".</summary>
    public ILocator Suggestion(string providerId) => page.Locator($".late-suggestion[data-provider=\"{providerId}\"]");

    /// <summary>Unfolds "N providers seem behind" to show each suggestion's Confirm and Not now.</summary>
    public Task OpenSuggestionsAsync() => page.Locator(".late-suggestions summary").ClickAsync();

    /// <summary>"Dr Lee — has not called anyone for 12 min · 2 waiting · …": one held-up provider's line.</summary>
    public ILocator HeldUp(string providerId) => page.Locator($".held-up li[data-provider=\"{providerId}\"]");

    /// <summary>A row's "Waited" cell: it counts on the hub's clock, so it tells when the board was last drawn.</summary>
    public ILocator Waited(string code) => Row(code).Locator("td").Nth(4);

    /// <summary>One of a row's action buttons: "In room", "Done", "Didn't come", "Left", "Undo".</summary>
    public Task ActAsync(string code, string action) =>
        Row(code).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    /// <summary>Says a provider is running late, with the desk's own words.</summary>
    public async Task SetRunningLateAsync(string provider, string minutes, string reason)
    {
        await ChooseLateAsync(provider, minutes);
        await page.GetByLabel("Reason patients see").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell patients" }).ClickAsync();
    }

    /// <summary>Says a provider is running late with one of the clinic's fixed reasons ("An emergency"), which takes no typed words.</summary>
    public async Task SetRunningLateForFixedReasonAsync(string provider, string minutes, string fixedReason)
    {
        await ChooseLateAsync(provider, minutes);
        await page.GetByLabel("Fixed reason, each patient reads it in their language").SelectOptionAsync(new SelectOptionValue { Label = fixedReason });
        await Expect(page.GetByLabel("Reason patients see")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell patients" }).ClickAsync();
    }

    private async Task ChooseLateAsync(string provider, string minutes)
    {
        await page.GetByLabel("Who").SelectOptionAsync(new SelectOptionValue { Label = provider });
        await page.GetByLabel("About").SelectOptionAsync(new SelectOptionValue { Label = minutes });
    }
}
