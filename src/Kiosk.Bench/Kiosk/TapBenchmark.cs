using Microsoft.Playwright;

namespace Kiosk.Bench.Kiosk;

/// <summary>
/// Drives the real kiosk page in Chromium the way a patient does and times each tap from the
/// browser's pointerdown to the first animation frame in which the screen has changed.
/// </summary>
public static class TapBenchmark
{
    /// <summary>
    /// Installed in the page: remembers when the pointer went down and, from then on, checks every
    /// frame whether what the patient sees (step, box contents, message) differs from before.
    /// </summary>
    private const string Probe = """
        () => {
          const seen = () => {
            const main = document.querySelector('main.kiosk');
            const boxes = [...document.querySelectorAll('input')].map(i => i.value).join('|');
            const message = document.querySelector('[role=alert]')?.textContent ?? '';
            return `${main?.dataset.step}#${boxes}#${message}`;
          };
          window.__tap = { before: seen(), downAt: null };
          window.__tap.done = new Promise(resolve => {
            addEventListener('pointerdown', e => { window.__tap.downAt = e.timeStamp; }, { capture: true, once: true });
            const check = (frameAt) => {
              if (window.__tap.downAt !== null && seen() !== window.__tap.before) resolve(frameAt - window.__tap.downAt);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
        }
        """;

    public static async Task<(IReadOnlyList<TapSample> Samples, CheckInTaps Taps)> RunAsync(Uri kiosk, int taps, string chromium, Action<string> progress)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1080, Height = 1920 }, HasTouch = true });
        await page.GotoAsync(kiosk.ToString());
        await page.Locator("main.kiosk[data-interactive]").WaitForAsync();

        // Warm up once (the first render of each step), then measure whole cycles.
        await CycleAsync(page);
        var samples = new List<TapSample>(taps);
        while (samples.Count < taps)
        {
            samples.AddRange((await CycleAsync(page)).Take(taps - samples.Count));
            progress($"{samples.Count}/{taps} taps");
        }

        return (samples, await CheckInTapsAsync(page));
    }

    /// <summary>
    /// Attract screen → English → (the last name box, not timed: it changes only the keys shown) → a
    /// name on the on-screen keys → erase → "Find" (a message: no birth date) → back to the attract
    /// screen. Every timed tap changes what the patient sees.
    /// </summary>
    private static async Task<List<TapSample>> CycleAsync(IPage page)
    {
        var samples = new List<TapSample> { new("step", await TapAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "English" }))) };
        await page.Locator("#last-name").TapAsync();
        await page.Locator(".keypad[data-mode=letters]").WaitForAsync();
        var taps = new List<(string Kind, ILocator Target)>();
        taps.AddRange("BENCHMARK".Select(c => ("key", Key(page, c.ToString()))));
        taps.Add(("key", page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = "Erase" })));
        taps.Add(("message", page.GetByRole(AriaRole.Button, new() { Name = "Find my appointment" })));
        taps.Add(("step", page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true })));
        foreach (var (kind, target) in taps)
        {
            samples.Add(new TapSample(kind, await TapAsync(page, target)));
        }

        return samples;
    }

    private static ILocator Key(IPage page, string key) => page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = key, Exact = true });

    private static async Task<double> TapAsync(IPage page, ILocator target)
    {
        await target.WaitForAsync();
        await page.EvaluateAsync(Probe);
        await target.TapAsync();
        return await page.EvaluateAsync<double>("() => window.__tap.done");
    }

    /// <summary>
    /// Every tap, keys included, from the attract screen to the ticket on each path: the demo patient
    /// Aisha Rahman (born 2 November 1990) by birth date and name, Grace Adeyemi by the code on her
    /// letter, and a walk-in. A patient taps what the screen asks for: a day that may take a second
    /// digit as two ("02"), the year's last two digits, the first two letters of the last name.
    /// </summary>
    private static async Task<CheckInTaps> CheckInTapsAsync(IPage page)
    {
        var counter = new TapCounter(page);

        await counter.TapAsync("English");
        await counter.KeysAsync("02");
        await counter.KeyAsync("November");
        await counter.KeysAsync("90");
        await counter.KeysAsync("RA");
        await counter.TapAsync("Yes, check me in");
        await counter.TapAsync("Nothing today — check me in");
        var buttons = counter.Buttons;
        var name = await counter.TicketAsync();

        await counter.TapAsync("English");
        await counter.TapAsync("I have a confirmation code");
        await counter.KeysAsync("GA4Q7X");
        await counter.TapAsync("Find my appointment");
        await counter.TapAsync("Yes, check me in");
        await counter.TapAsync("Nothing today — check me in");
        var code = await counter.TicketAsync();

        await counter.TapAsync("English");
        await counter.TapAsync("I don't have an appointment");
        await counter.TapAsync("I feel unwell");
        await counter.KeysAsync("ANA");
        await counter.Tap(page.Locator("#last-name"));
        await counter.KeysAsync("LOPEZ");
        await counter.Tap(page.Locator("#birth-day"));
        await counter.KeysAsync("03");
        await counter.KeyAsync("April");
        await counter.KeysAsync("61");
        await counter.TapAsync("Check me in");
        await counter.TapAsync("Nothing today — check me in");
        var walkIn = await counter.TicketAsync();

        return new CheckInTaps(name, code, walkIn, buttons);
    }

    /// <summary>Taps on one path, keys and buttons alike; the ticket screen ends the path (its "Done" is not counted).</summary>
    private sealed class TapCounter(IPage page)
    {
        private int _taps;

        /// <summary>Buttons and boxes only, without keys, on the path so far.</summary>
        public int Buttons { get; private set; }

        public async Task Tap(ILocator target)
        {
            _taps++;
            Buttons++;
            await target.TapAsync();
        }

        public Task TapAsync(string button) => Tap(page.GetByRole(AriaRole.Button, new() { Name = button }));

        public async Task KeyAsync(string key)
        {
            _taps++;
            await Key(page, key).TapAsync();
        }

        public async Task KeysAsync(string keys)
        {
            foreach (var key in keys)
            {
                await KeyAsync(key.ToString());
            }
        }

        public async Task<int> TicketAsync()
        {
            await page.GetByTestId("ticket-code").WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).TapAsync();
            await page.Locator("main.kiosk[data-step=Welcome]").WaitForAsync();
            var taps = _taps;
            (_taps, Buttons) = (0, 0);
            return taps;
        }
    }
}

/// <summary>
/// Every tap from the attract screen to the ticket, keys included, on each path; and, as the
/// benchmark counted before, the name path's taps without its keys.
/// </summary>
public sealed record CheckInTaps(int NamePath, int CodePath, int WalkIn, int NamePathWithoutKeys);
