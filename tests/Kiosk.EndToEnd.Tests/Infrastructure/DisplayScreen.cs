using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The waiting-room TV: codes and rooms for everyone to read.</summary>
public sealed class DisplayScreen(IPage page)
{
    public IPage Page => page;
    public ILocator NowCallingCode => page.Locator(".now-calling .code");
    public ILocator NowCallingRoom => page.Locator(".now-calling .room");

    /// <summary>"Dr Lee is running about 15 min late", one line a provider.</summary>
    public ILocator RunningLate => page.Locator(".display-late");

    public async Task OpenAsync(Uri hub)
    {
        await page.GotoAsync(new Uri(hub, "/display").ToString());
        await Blazor.WaitUntilInteractiveAsync(page);
    }

    public Task<string> TextAsync() => page.Locator("body").InnerTextAsync();
}
