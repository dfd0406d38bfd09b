using System.Net;
using System.Text.Json;
using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Kiosk.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.Deploy.Tests.Server;

/// <summary>
/// The published hub and kiosk, installed as deploy/ installs them, behind the shipped nginx site with a
/// certificate from the clinic's own CA: a patient checks in on the kiosk, the kiosk reaches the hub over
/// HTTPS/WSS through nginx, and the patient's phone follows the visit from the QR code's address.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SmokeTests
{
    private InstalledServer _server = null!;
    private InstalledKiosk _kiosk = null!;
    private int _kioskPort;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task InstallAndStartAsync()
    {
        _server = await InstalledServer.LayOutAsync();
        var enrolled = await _server.LobbyHubAsync(["admin", "enrol-kiosk", "lobby"]);
        Assert.That(enrolled.ExitCode, Is.Zero, enrolled.ToString());
        var key = enrolled.StandardOutput;
        await _server.StartHubAsync();
        await _server.StartNginxAsync();

        // The kiosk box, another machine: its hub is nginx's HTTPS address, and it trusts the clinic's CA.
        _kiosk = await InstalledKiosk.InstallAsync(Path.Combine(_server.Scratch, "kiosk-box"), _server.LoopbackUrl, key, Path.Combine(_server.Tls, "ca.pem"));
        _kioskPort = _kiosk.Port;
        await KioskOnlineAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // The phone trusts this server's key and no other: a certificate problem still fails.
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu",
                $"--ignore-certificate-errors-spki-list={_server.ServerKeyPin()}",
                $"--host-resolver-rules=MAP {InstalledServer.Name} 127.0.0.1"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_kiosk is not null)
        {
            await _kiosk.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task A_check_in_on_the_kiosk_reaches_the_hub_through_nginx_and_the_phone_follows_it_over_https_and_wss()
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1080, Height = 1920 } });
        var kiosk = await context.NewPageAsync();
        await kiosk.GotoAsync($"http://127.0.0.1:{_kioskPort}/");
        var main = kiosk.Locator("main.kiosk");
        await Expect(main).ToHaveAttributeAsync("data-step", "Welcome");
        // Prerendered buttons do nothing until the page's circuit is up; the page says when it is.
        await Expect(kiosk.Locator("main[data-interactive]")).ToBeVisibleAsync();
        await Tap(kiosk, "English");
        await Tap(kiosk, "I have a confirmation code");
        foreach (var key in DemoCodes.Rahman)
        {
            await kiosk.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = key.ToString(), Exact = true }).ClickAsync();
        }

        await Tap(kiosk, "Find my appointment");
        await Tap(kiosk, "Yes, check me in");
        await Tap(kiosk, "Nothing today — check me in");
        await Expect(kiosk.GetByTestId("ticket-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*[A-Z]\d{3}\s*$"));
        var ticket = (await kiosk.GetByTestId("ticket-code").TextContentAsync())!.Trim();

        // The QR code takes the phone to nginx's public HTTPS address, not the hub's loopback port.
        var link = await kiosk.Locator(".qr[data-link]").GetAttributeAsync("data-link");
        Assert.That(link, Does.StartWith($"{_server.PublicUrl}t/"));

        var phone = await context.NewPageAsync();
        var socket = await phone.RunAndWaitForWebSocketAsync(() => phone.GotoAsync(link!));
        await Expect(phone.GetByText(ticket).First).ToBeVisibleAsync();
        Assert.That(socket.Url, Does.StartWith($"wss://{InstalledServer.Name}:{_server.HttpsPort}{HubRoutes.WaitingRoom}"),
            "the phone's live updates come over a WebSocket through nginx");
        Assert.That(socket.IsClosed, Is.False);

        await context.CloseAsync();
    }

    [Test]
    public async Task A_kiosk_connection_over_websockets_only_through_nginx_sees_the_hubs_day()
    {
        var key = (await _server.LobbyHubAsync(["admin", "enrol-kiosk", "second"])).StandardOutput;
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_server.LoopbackUrl, HubRoutes.WaitingRoom), o =>
            {
                // No fallback to long polling or server-sent events: a proxy without the upgrade fails here.
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(key);
                o.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, c, _, e) => _server.TrustedByClinicDevices(c, e);
            })
            .Build();
        await connection.StartAsync();

        var copy = await connection.InvokeAsync<AppointmentCopy>("AppointmentCopy");

        Assert.That(copy.PhoneBase, Does.StartWith(_server.PublicUrl.ToString().TrimEnd('/')));
        Assert.That(copy.Appointments.Select(a => a.LastName), Does.Contain("Rahman"));
    }

    [Test]
    public async Task Plain_http_goes_to_https_and_https_answers_carry_hsts_because_the_hub_believes_nginx()
    {
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var redirect = await plain.GetAsync(new Uri($"http://127.0.0.1:{_server.HttpPort}/reception"));
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(redirect.Headers.Location?.ToString(), Is.EqualTo("https://127.0.0.1/reception"), "to the standard HTTPS port, by the name asked for");

        using var https = _server.Https();
        using var display = await https.GetAsync(new Uri(_server.PublicUrl, "/display"));
        Assert.That(display.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(display.Headers.Contains("Strict-Transport-Security"), Is.True,
            "the hub sends HSTS only on HTTPS, so it took nginx's X-Forwarded-Proto");
    }

    [Test]
    public async Task The_published_hubs_healthcheck_says_ready_for_the_container_and_fails_when_nothing_answers()
    {
        var hub = Path.Combine(_server.Prefix, "opt", "lobby-hub", "current", "hub", "Kiosk.Hub");
        var ready = await Tool.RunAsync(hub, ["healthcheck", "--url", $"http://127.0.0.1:{_server.HubPort}"]);
        var nothing = await Tool.RunAsync(hub, ["healthcheck", "--url", $"http://127.0.0.1:{LoopbackPorts.Free()}"]);

        Assert.That(ready.ExitCode, Is.Zero, ready.ToString());
        Assert.That(nothing.ExitCode, Is.EqualTo(1), nothing.ToString());
        Assert.That(nothing.Output, Does.Contain("does not answer"));
    }

    private static Task Tap(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

    /// <summary>The kiosk says it has connected (through nginx, with its credential); its /healthz then says Online.</summary>
    private async Task KioskOnlineAsync()
    {
        await _kiosk.Process.NextAsync(l => l.Contains("Connected to the hub.", StringComparison.Ordinal), Published.StartWait,
            "it had reached the hub through nginx (KIOSK_START_WAIT gives more time)");
        using var http = new HttpClient();
        var said = await http.GetStringAsync(new Uri($"http://127.0.0.1:{_kioskPort}/healthz"));
        Assert.That(JsonDocument.Parse(said).RootElement.GetProperty("hub").GetString(), Is.EqualTo("Online"), said);
    }
}
