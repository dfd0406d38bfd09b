using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The page a patient's phone opens from the kiosk's QR code (plain HTML + SignalR).</summary>
public sealed class PhoneScreen
{
    private readonly IPage _page;

    public PhoneScreen(IPage page)
    {
        _page = page;
        // Counted from before the page opens: every connection the page ever makes.
        page.WebSocket += (_, _) => WebSocketsOpened++;
    }

    public IPage Page => _page;
    public ILocator Code => _page.Locator("#code");
    public ILocator Status => _page.Locator("#status");
    public ILocator Connection => _page.Locator("#connection");
    public ILocator HelpStatus => _page.Locator("#help-status");

    /// <summary>WebSockets the page has opened so far (the hub's connection is one).</summary>
    public int WebSocketsOpened { get; private set; }

    /// <summary>Opens the link and waits until the page is live ("Live", or "En directo" in Spanish).</summary>
    public async Task OpenAsync(string phoneUrl, string live = "Live")
    {
        await _page.GotoAsync(phoneUrl);
        await Expect(Connection).ToHaveTextAsync(live);
    }

    /// <summary>"I need help now", then yes to "are you sure" (button names in the page's language).</summary>
    public async Task AskForHelpAsync(string helpNow = "I need help now", string yes = "Yes, I need help now")
    {
        await _page.GetByRole(AriaRole.Button, new() { Name = helpNow }).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = yes }).ClickAsync();
    }
}
