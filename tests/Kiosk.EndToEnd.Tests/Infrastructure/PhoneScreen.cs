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

    public async Task OpenAsync(string phoneUrl)
    {
        await page.GotoAsync(phoneUrl);
        await Expect(Connection).ToHaveTextAsync("Live");
    }
}
