using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The kiosk's keypad as a patient who cannot see the screen uses it: every key is counted, and in
/// speech mode a key counts as pressed once the kiosk has heard it (the page tells the kiosk of each
/// key speech mode keeps to itself). What the kiosk said is read from window.kioskSpoken.
/// </summary>
public sealed class SpeechKeypad(IPage page)
{
    public int Presses { get; private set; }

    public async Task PressAsync(string key)
    {
        await Expect(page.Locator("html[data-speech-keys=listening]")).ToHaveCountAsync(1);
        var speaking = await page.Locator("main.kiosk").GetAttributeAsync("data-speech") == "on";
        var heard = await page.EvaluateAsync<int>("() => window.kioskKeysHeard ?? 0");
        Presses++;
        await page.Keyboard.PressAsync(key);
        if (speaking)
        {
            await page.WaitForFunctionAsync("n => (window.kioskKeysHeard ?? 0) > n", heard);
        }
        else
        {
            // With speech off the kiosk listens for one key only: a keypad key on the attract screen turns it on.
            await Expect(page.Locator("main.kiosk")).ToHaveAttributeAsync("data-speech", "on");
        }

        TestContext.Out.WriteLine($"{key}: {await LastSpokenAsync()}");
    }

    public async Task PressAsync(params string[] keys)
    {
        foreach (var key in keys)
        {
            await PressAsync(key);
        }
    }

    public Task<string> LastSpokenAsync() => page.EvaluateAsync<string>("() => window.kioskLastSpoken ?? ''");

    /// <summary>Everything said since the page opened, one entry per utterance.</summary>
    public Task<string[]> SpokenAsync() => page.EvaluateAsync<string[]>("() => window.kioskSpoken ?? []");

    /// <summary>Arrows down until the kiosk says the wanted item ("Done, 2 of 8"); fails if it never does.</summary>
    public async Task MoveToAsync(string item)
    {
        for (var i = 0; i < 60; i++)
        {
            await PressAsync("ArrowDown");
            var said = await LastSpokenAsync();
            if (said.StartsWith(item + ",", StringComparison.Ordinal) || said.StartsWith(item + " ", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"The kiosk never said '{item}'; last it said '{await LastSpokenAsync()}'.");
    }
}
