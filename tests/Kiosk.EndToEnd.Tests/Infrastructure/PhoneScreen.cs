using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The page a patient's phone opens from the kiosk's QR code (plain HTML + SignalR).</summary>
public sealed class PhoneScreen(IPage page)
{
    public IPage Page => page;
    public ILocator Code => page.Locator("#code");
    public ILocator Status => page.Locator("#status");
    public ILocator Connection => page.Locator("#connection");

    /// <summary>Opens the link and waits until the page is live ("Live", or "En directo" in Spanish).</summary>
    public async Task OpenAsync(string phoneUrl, string live = "Live")
    {
        await page.GotoAsync(phoneUrl);
        await Expect(Connection).ToHaveTextAsync(live);
    }
}
