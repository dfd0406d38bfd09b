using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The waiting-room TV: codes, rooms, waits and the lobby media, for everyone to read.</summary>
public sealed class DisplayScreen(IPage page)
{
    public IPage Page => page;
    public ILocator NowCalling => page.Locator(".now-calling");
    public ILocator NowCallingCode => page.Locator(".now-calling .code");
    public ILocator NowCallingRoom => page.Locator(".now-calling .room");

    /// <summary>The last five calls, newest first.</summary>
    public ILocator RecentCodes => page.Locator(".recent li .code");
    public ILocator RecentRooms => page.Locator(".recent li .room");

    /// <summary>"Dr Lee is running about 15 min late", one line a provider.</summary>
    public ILocator RunningLate => page.Locator(".display-late");

    /// <summary>A provider's line: their name, the typical wait now, any delay.</summary>
    public ILocator Provider(string name) => page.Locator($".provider-wait[data-provider=\"{name}\"]");

    public ILocator Clock => page.Locator(".tv-clock");
    public ILocator Media => page.Locator(".lobby-media");
    public ILocator Video => page.Locator(".lobby-media video");
    public ILocator Slides => page.Locator(".lobby-media .slide");

    public async Task OpenAsync(Uri hub)
    {
        await page.GotoAsync(new Uri(hub, "/display").ToString());
        // Listening for calls, not just drawn.
        await Assertions.Expect(page.Locator("main[data-live]")).ToBeVisibleAsync();
    }

    public Task<string> TextAsync() => page.Locator("body").InnerTextAsync();
}
