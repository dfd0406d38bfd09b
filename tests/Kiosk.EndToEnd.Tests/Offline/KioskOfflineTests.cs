using System.Globalization;
using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Offline;

/// <summary>
/// The hub stops under a running kiosk: booked patients still check in from the kiosk's copy of today,
/// are told the truth, and reach the hub (same visit token as their QR code) once it is back on the same address.
/// </summary>
public sealed class KioskOfflineTests
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Screenshots _shots = new();
    /// <summary>The hub as started, then as restarted on the same address and data.</summary>
    private readonly List<HubServer> _hubs = [];
    private KioskServer _kiosk = null!;

    private HubServer Hub => _hubs[^1];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        _hubs.Add(new HubServer(port: HubServer.FreePort()));
        _kiosk = KioskServer.Start(Hub.BaseAddress, Hub.KioskKey);
        // The kiosk takes today's appointment copy before it says it is online.
        await _kiosk.WaitUntilOnlineAsync(TimeSpan.FromSeconds(30));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await _kiosk.DisposeAsync();
        foreach (var hub in _hubs)
        {
            await hub.DisposeAsync();
        }

        _hubs[0].DeleteData();
    }

    [Test]
    public async Task Booked_patients_check_in_while_the_hub_is_stopped_and_reach_it_with_their_qr_token_when_it_is_back()
    {
        var aisha = await OpenAsync(1080, 1920);
        var grace = await OpenAsync(1080, 1920);
        var tom = await OpenAsync(1920, 1080);
        var fatima = await OpenAsync(1920, 1080);
        var (port, data, key, passcode) = (Hub.BaseAddress.Port, Hub.DataDirectory, Hub.KioskKey, Hub.StaffPasscode);
        await Hub.DisposeAsync();
        await Expect(aisha.Page.GetByTestId("connection")).ToBeVisibleAsync();
        await Expect(aisha.Page.GetByTestId("outbox-depth")).ToHaveTextAsync("Waiting to be sent: 0");
        await Expect(aisha.Page.GetByTestId("copy-age")).ToContainTextAsync("Appointments as of");

        var aishaToken = await CheckInOfflineAsync(aisha, DemoPatient.AishaRahman, "English", "Yes, check me in", "Nothing today — check me in");
        await Expect(aisha.Page.GetByTestId("queued-desk")).ToHaveTextAsync("The front desk will see your check-in in a moment.");
        await Expect(aisha.Page.GetByTestId("queued-no-wait")).ToHaveTextAsync("We'll show your wait as soon as we're reconnected.");
        await Expect(aisha.TicketCode).ToHaveCountAsync(0);
        await Expect(aisha.Page.GetByTestId("outbox-depth")).ToHaveTextAsync("Waiting to be sent: 1");
        await DocsAsync(aisha, "kiosk-offline-en-portrait");
        await CheckInOfflineAsync(grace, DemoPatient.GraceAdeyemi, "Español", "Sí, registrarme", "Nada hoy — registrarme");
        await Expect(grace.Page.GetByTestId("queued-no-wait")).ToHaveTextAsync("Le mostraremos su tiempo de espera en cuanto volvamos a conectar.");
        await DocsAsync(grace, "kiosk-offline-es-portrait");
        await CheckInOfflineAsync(tom, DemoPatient.TomOBrien, "English", "Yes, check me in", "Nothing today — check me in");
        await DocsAsync(tom, "kiosk-offline-en-landscape");
        // A question on the kept confirmation is kept too, and follows its check-in.
        await tom.TapAsync("I have a question");
        await tom.Page.Locator("button.topic[data-topic=billing]").ClickAsync();
        await tom.KeysAsync("card ");
        await tom.TapAsync("Send my question");
        await Expect(tom.Page.GetByTestId("question-kept")).ToContainTextAsync("will reach the front desk as soon as we're reconnected");
        await tom.LookAsync("question-kept");
        await CheckInOfflineAsync(fatima, DemoPatient.FatimaNowak, "Español", "Sí, registrarme", "Nada hoy — registrarme");
        await DocsAsync(fatima, "kiosk-offline-es-landscape");
        using (var http = new HttpClient { BaseAddress = _kiosk.BaseAddress })
        {
            var health = await http.GetStringAsync("/healthz");
            Assert.That(health, Does.Contain("\"outboxDepth\":5").And.Contain("\"copyTakenAt\":\""), health);
        }

        Assert.That(aisha.AxeFindings.Concat(grace.AxeFindings).Concat(tom.AxeFindings).Concat(fatima.AxeFindings), Is.Empty);

        _hubs.Add(new HubServer(data, key, passcode, port));

        // The screen still confirming the last check-in swaps in the real ticket once the outbox has delivered it.
        await Expect(fatima.Main).ToHaveAttributeAsync("data-step", "Done", new() { Timeout = 60_000 });
        await Expect(fatima.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        var aishaTicket = await TicketOfAsync(DemoPatient.AishaRahman);
        Assert.That(aishaTicket.Token, Is.EqualTo(aishaToken), "the QR code shown offline opens the visit the hub made");
        var reception = new ReceptionScreen(await NewPageAsync(1440, 900));
        await reception.SignInAsync(Hub.BaseAddress, HubServer.StaffUser, passcode);
        await Expect(reception.Row(aishaTicket.Code)).ToContainTextAsync(DemoPatient.AishaRahman.FullName);
        // The next heartbeat (every 15 s) after the outbox emptied says so.
        var question = reception.Page.Locator("article.callback:has(.code:text-is(\"" + (await TicketOfAsync(DemoPatient.TomOBrien)).Code + "\"))");
        await Expect(question).ToContainTextAsync("Card");
        await Expect(reception.Kiosk("lobby")).ToContainTextAsync("nothing waiting to send", new() { Timeout = 40_000 });
    }

    private async Task<TicketView> TicketOfAsync(DemoPatient patient)
    {
        await using var asKiosk = await Hub.KioskAsync();
        var found = await asKiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup(patient.LastName, patient.DateOfBirth));
        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn), patient.FullName);
        return found.ExistingTicket!;
    }

    /// <summary>Welcome → birth date → two letters (found in the kiosk's copy) → "is this you?" → nothing to add → kept and confirmed. Returns the QR's token.</summary>
    private static async Task<string> CheckInOfflineAsync(KioskScreen kiosk, DemoPatient patient, string language, string yes, string nothingToday)
    {
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Welcome");
        await kiosk.TapAsync(language);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "FindAppointment");
        if (language == "English")
        {
            await kiosk.BirthDateKeysAsync(patient.DateOfBirth);
        }
        else
        {
            // The month keys are named in the patient's language.
            var born = patient.DateOfBirth;
            await kiosk.KeysAsync(born.Day.ToString("00", CultureInfo.InvariantCulture));
            await kiosk.MonthAsync(CultureInfo.GetCultureInfo("es").DateTimeFormat.GetMonthName(born.Month));
            await kiosk.KeysAsync((born.Year % 100).ToString("00", CultureInfo.InvariantCulture));
        }

        await kiosk.SurnameLettersAsync(patient.LastName);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        await kiosk.TapAsync(yes);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await kiosk.TapAsync(nothingToday);
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Queued");
        await Expect(kiosk.QrCode).ToBeVisibleAsync();
        var link = await kiosk.Page.Locator(".qr").GetAttributeAsync("data-link");
        Assert.That(link, Does.Match(@"/t/[A-Za-z0-9_-]{27}(\?|$)"));
        return link!.Split("/t/")[1].Split('?')[0];
    }

    private static async Task DocsAsync(KioskScreen kiosk, string name)
    {
        await kiosk.LookAsync(name);
        Assert.That(await ScreenFit.ProblemsAsync(kiosk.Page), Is.Empty, name);
        await Screenshots.ForDocsAsync(kiosk.Page, name);
    }

    private async Task<KioskScreen> OpenAsync(int width, int height)
    {
        var kiosk = new KioskScreen(await NewPageAsync(width, height), _shots);
        await kiosk.OpenAsync(_kiosk.BaseAddress);
        return kiosk;
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await SharedBrowser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }
}
