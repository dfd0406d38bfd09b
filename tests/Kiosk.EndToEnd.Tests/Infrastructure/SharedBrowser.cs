using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// One headless Chromium for the whole run: each fixture has its own lobby and each test its own
/// browser contexts (cookies, storage and pages apart), so starting Playwright's driver and a
/// browser again for every fixture bought nothing but a few seconds each. In the root namespace,
/// so NUnit starts it before every fixture of the project.
/// </summary>
[SetUpFixture]
public sealed class SharedBrowser
{
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The shared browser starts before the first fixture.");

    [OneTimeSetUp]
    public async Task LaunchAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
        });
    }

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
