using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The lobby kiosk as a patient uses it: by the words on its buttons. Taps on the screen are
/// counted apart from keys of the on-screen keyboard and date picker.
/// </summary>
public sealed class KioskScreen(IPage page, Screenshots shots)
{
    public IPage Page => page;
    public ILocator Main => page.Locator("main.kiosk");
    public ILocator Message => page.GetByRole(AriaRole.Alert);
    public ILocator TicketCode => page.GetByTestId("ticket-code");
    public ILocator Place => page.GetByTestId("place");
    public ILocator QrCode => page.Locator(".qr svg");
    public ILocator LastName => page.Locator("#last-name");

    /// <summary>Taps that move the patient on (buttons, boxes); keyboard and date-picker keys are counted in <see cref="Keys"/>.</summary>
    public int Taps { get; private set; }

    public int Keys { get; private set; }

    /// <summary>Every touch the patient made: buttons, boxes and keys.</summary>
    public int AllTaps => Taps + Keys;

    /// <summary>Every screen checked with axe on the way, and its serious or critical findings.</summary>
    public List<string> AxeFindings { get; } = [];

    public async Task OpenAsync(Uri kiosk)
    {
        await page.GotoAsync(kiosk.ToString());
        await Blazor.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    public async Task TapAsync(string button)
    {
        Taps++;
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    public async Task TapBoxAsync(string id)
    {
        Taps++;
        await page.Locator($"#{id}").ClickAsync();
    }

    /// <summary>Types on the on-screen keyboard, one key at a time.</summary>
    public async Task KeysAsync(string text)
    {
        foreach (var key in text)
        {
            Keys++;
            var button = key == ' '
                ? page.Locator(".keypad button[data-key=space]")
                : page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = key.ToString().ToUpperInvariant(), Exact = true });
            await button.ClickAsync();
        }
    }

    public async Task MonthAsync(string month)
    {
        Keys++;
        await page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = month, Exact = true }).ClickAsync();
    }

    /// <summary>A screenshot, and axe on the same screen.</summary>
    public async Task LookAsync(string what)
    {
        await shots.TakeAsync(page, what);
        AxeFindings.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{what}: {v}"));
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, input')]
                .filter(e => e.offsetParent !== null)
                .filter(e => { const r = e.getBoundingClientRect(); return r.width < 48 || r.height < 48; })
                .map(e => (e.id || e.textContent.trim()).slice(0, 30))
            """);
        AxeFindings.AddRange(small.Select(s => $"{what}: touch target under 48 px: {s}"));
    }

    public async Task StartAsync(string language = "English")
    {
        await Expect(Main).ToHaveAttributeAsync("data-step", "Welcome");
        await shots.TakeAsync(page, "kiosk-welcome");
        await TapAsync(language);
        await Expect(Main).ToHaveAttributeAsync("data-step", "FindAppointment");
    }

    public async Task FindAsync(string lastName, string day, string month, string year)
    {
        await EnterAsync(lastName, day, month, year);
        await SubmitFindAsync();
    }

    public async Task EnterAsync(string lastName, string day, string month, string year)
    {
        await LastName.FillAsync(lastName);
        await page.Locator("#birth-day").FillAsync(day);
        await page.Locator("#birth-month").FillAsync(month);
        await page.Locator("#birth-year").FillAsync(year);
    }

    /// <summary>
    /// Waits until the kiosk has handled every event sent so far: choosing the day box is a round
    /// trip to the server that comes back only after the ones before it.
    /// </summary>
    public async Task SettledAsync()
    {
        await page.Locator("#birth-day").ClickAsync();
        await Expect(page.Locator(".entry.active #birth-day")).ToBeVisibleAsync();
    }

    /// <summary>The page as the next person could find it (the body: axe's own script sits in the head).</summary>
    public Task<string> BodyHtmlAsync() => page.Locator("body").InnerHTMLAsync();

    public Task SubmitFindAsync() => TapAsync("Find my appointment");

    /// <summary>
    /// A USB barcode scanner reading a letter (<see cref="UsbScanner"/>): the code as a burst of keys
    /// 5 ms apart, then Enter, once the page is listening for keys (it starts just after the screen
    /// turns interactive).
    /// </summary>
    public async Task ScanAsync(string code)
    {
        await Expect(page.Locator("html[data-keys=listening]")).ToHaveCountAsync(1);
        await UsbScanner.ScanAsync(page, code);
        TestContext.Out.WriteLine($"scan key times (ms): {string.Join(" ", await page.EvaluateAsync<int[]>("() => window.kioskKeyTimes ?? []"))}");
    }

    /// <summary>A person typing on a physical keyboard, 150 ms between keys.</summary>
    public async Task TypeSlowlyAsync(string text)
    {
        await Expect(page.Locator("html[data-keys=listening]")).ToHaveCountAsync(1);
        await page.Keyboard.TypeAsync(text, new() { Delay = 150 });
    }

    /// <summary>
    /// The birth date on the on-screen keys as a patient taps it: a day that may take a second digit
    /// is typed with two ("02"), the month by name, the year by its last two digits unless they may
    /// begin a year ("19", "20"). Each box takes the keys by itself.
    /// </summary>
    public async Task BirthDateKeysAsync(DateOnly born)
    {
        await KeysAsync(born.Day is >= 1 and <= 3 ? $"0{born.Day}" : Number(born.Day));
        await MonthAsync(born.ToString("MMMM", CultureInfo.InvariantCulture));
        var lastTwo = (born.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        await KeysAsync(lastTwo is "19" or "20" ? Number(born.Year) : lastTwo);
    }

    /// <summary>
    /// The first two letters of the last name (a patient leaves out the apostrophe: "OB" for O'Brien):
    /// the kiosk searches by itself. If it asks for one more letter, the whole name is typed and looked up.
    /// </summary>
    public async Task SurnameLettersAsync(string lastName)
    {
        await KeysAsync(new string([.. lastName.Where(char.IsLetter).Take(2)]));
        await page.Locator("main.kiosk:not([data-step=FindAppointment]), main.kiosk [role=alert]").First.WaitForAsync();
        if (await Main.GetAttributeAsync("data-step") == "FindAppointment")
        {
            await LastName.FillAsync(lastName);
            await SubmitFindAsync();
        }
    }

    /// <summary>Welcome → birth date → two letters (the kiosk finds the appointment) → "is this you?" → anything to know → ticket. Returns the ticket code.</summary>
    public async Task<string> CheckInAsync(DemoPatient patient)
    {
        await StartAsync();
        await BirthDateKeysAsync(patient.DateOfBirth);
        await shots.TakeAsync(page, "kiosk-find");
        await SurnameLettersAsync(patient.LastName);
        await Expect(Main).ToHaveAttributeAsync("data-step", "Confirm");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(patient.FirstName);
        await shots.TakeAsync(page, "kiosk-confirm");
        await TapAsync("Yes, check me in");
        await Expect(Main).ToHaveAttributeAsync("data-step", "Needs");
        await TapAsync("Nothing today — check me in");
        await Expect(Main).ToHaveAttributeAsync("data-step", "Done");
        await Expect(TicketCode).ToHaveTextAsync(TicketCodePattern());
        await shots.TakeAsync(page, "kiosk-done");
        return (await TicketCode.TextContentAsync())!.Trim();
    }

    /// <summary>"Done": the next patient must see the welcome screen, nothing of this one.</summary>
    public async Task FinishAsync(string done = "Done")
    {
        await TapAsync(done);
        await Expect(Main).ToHaveAttributeAsync("data-step", "Welcome");
    }

    public static Regex TicketCodePattern() => new(@"^\s*[A-Z]\d{3}\s*$");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
