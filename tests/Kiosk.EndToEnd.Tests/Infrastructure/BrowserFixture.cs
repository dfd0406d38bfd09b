using Kiosk.Testing;
using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fixture with its own lobby (hub + kiosk on loopback ports), in the run's one headless
/// Chromium (<see cref="SharedBrowser"/>). Each test opens fresh browser contexts, closed after it;
/// on failure every open page is screenshotted.
/// </summary>
public abstract class BrowserFixture
{
    /// <summary>Generous for live updates on a 2-core machine; an update that never comes still fails.</summary>
    private const float ExpectTimeoutMs = 15_000;
    private readonly List<IBrowserContext> _contexts = [];

    protected Lobby Lobby { get; private set; } = null!;

    protected Screenshots Shots { get; private set; } = new();

    /// <summary>The kiosk's clock; a fixture that tests time-outs gives a fake one it can move.</summary>
    protected virtual TimeProvider? KioskTime => null;

    /// <summary>The hub's clock (reception pages run in the hub); a fixture that tests waiting gives a fake one it can move.</summary>
    protected virtual TimeProvider? HubTime => null;

    [OneTimeSetUp]
    public async Task StartLobbyAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        Lobby = await Lobby.StartAsync(KioskTime, HubTime);
    }

    [SetUp]
    public void NumberScreenshotsFromOne() => Shots = new Screenshots();

    [TearDown]
    public async Task ClosePagesAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            foreach (var page in _contexts.SelectMany(c => c.Pages).Where(p => !p.IsClosed))
            {
                await Shots.TakeAsync(page, "at-failure");
            }
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Lobby is not null)
        {
            await Lobby.DisposeAsync();
        }
    }

    /// <summary>The kiosk's screen: portrait 1080×1920 unless a test asks for landscape 1920×1080.</summary>
    protected async Task<KioskScreen> OpenKioskAsync(int width = 1080, int height = 1920)
    {
        var kiosk = new KioskScreen(await NewPageAsync(width, height), Shots);
        await kiosk.OpenAsync(Lobby.Kiosk.BaseAddress);
        return kiosk;
    }

    /// <summary>A desk PC; 1366×768 is the smallest screen reception is built for. Signed in as the reception account unless another is given.</summary>
    protected async Task<ReceptionScreen> OpenReceptionAsync(int width = 1440, int height = 900, string? userName = null, string? password = null)
    {
        var reception = new ReceptionScreen(await NewPageAsync(width, height));
        await reception.SignInAsync(Lobby.Hub.BaseAddress, userName ?? HubServer.StaffUser, password ?? Lobby.StaffPasscode);
        return reception;
    }

    protected async Task<PhoneScreen> OpenPhoneAsync(string phoneUrl, string live = "Live")
    {
        var phone = new PhoneScreen(await NewPageAsync(412, 915, phone: true));
        await phone.OpenAsync(phoneUrl, live);
        return phone;
    }

    protected async Task<DisplayScreen> OpenDisplayAsync()
    {
        var display = new DisplayScreen(await NewPageAsync(1920, 1080));
        await display.OpenAsync(Lobby.Hub.BaseAddress);
        return display;
    }

    /// <summary>Each screen is its own device: its own context, so no cookie or storage is shared.</summary>
    private async Task<IPage> NewPageAsync(int width, int height, bool phone = false)
    {
        var context = await SharedBrowser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => TestContext.Out.WriteLine($"[{page.Url}] page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                TestContext.Out.WriteLine($"[{page.Url}] console error: {message.Text}");
            }
        };
        return page;
    }
}
