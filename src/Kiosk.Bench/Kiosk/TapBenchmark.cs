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

    public static async Task<(IReadOnlyList<TapSample> Samples, int TapsToCheckIn)> RunAsync(Uri kiosk, int taps, string chromium, Action<string> progress)
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
    /// Attract screen → English → a name on the on-screen keys → erase → "Find" (a message: no birth
    /// date) → back to the attract screen. Every tap changes what the patient sees.
    /// </summary>
    private static async Task<List<TapSample>> CycleAsync(IPage page)
    {
        var taps = new List<(string Kind, ILocator Target)> { ("step", page.GetByRole(AriaRole.Button, new() { Name = "English" })) };
        taps.AddRange("BENCHMARK".Select(c => ("key", Key(page, c.ToString()))));
        taps.Add(("key", page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = "⌫ Erase" })));
        taps.Add(("message", page.GetByRole(AriaRole.Button, new() { Name = "Find my appointment" })));
        taps.Add(("step", page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true })));
        var samples = new List<TapSample>(taps.Count);
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

    /// <summary>The demo patient Aisha Rahman (born 2 November 1990) checks in; keyboard and month keys are not counted.</summary>
    private static async Task<int> CheckInTapsAsync(IPage page)
    {
        var taps = 0;
        async Task Tap(ILocator target) { taps++; await target.TapAsync(); }
        async Task Keys(string text) { foreach (var c in text) await Key(page, c.ToString()).TapAsync(); }

        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "English" }));
        await Keys("RAHMAN");
        await Tap(page.Locator("#birth-day"));
        await Keys("2");
        await Tap(page.Locator("#birth-month"));
        await page.Locator(".keypad").GetByRole(AriaRole.Button, new() { Name = "November", Exact = true }).TapAsync();
        await Keys("1990");
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Find my appointment" }));
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Yes, check me in" }));
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Nothing today — check me in" }));
        await page.GetByTestId("ticket-code").WaitForAsync();
        return taps;
    }
}
