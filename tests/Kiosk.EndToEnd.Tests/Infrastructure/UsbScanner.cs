using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A USB barcode scanner reading a letter: the code and Enter, each key stamped with the moment it
/// was pressed, 5 ms apart, and all queued to the browser at once, as the operating system hands
/// on a real scanner's keys. Playwright's own typing waits until the page has handled each key
/// before pressing the next, so a busy page stretched a "scan" into typing: once 261 ms between the
/// first two keys, just after the attract screen appeared, and the kiosk rightly saw a person typing.
/// </summary>
public static class UsbScanner
{
    private static readonly TimeSpan Between = TimeSpan.FromMilliseconds(5);

    public static async Task ScanAsync(IPage page, string code)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var keys = code.Select(Key).Append(new KeyStroke("Enter", "Enter", "\r", 13)).ToList();

        // Pressed just now: the last key a little before it reaches the browser, as with real hardware.
        var pressed = DateTimeOffset.UtcNow - (Between * keys.Count);
        var queued = new List<Task>();
        foreach (var key in keys)
        {
            queued.Add(cdp.SendAsync("Input.dispatchKeyEvent", key.Event("keyDown", pressed)));
            queued.Add(cdp.SendAsync("Input.dispatchKeyEvent", key.Event("keyUp", pressed + TimeSpan.FromMilliseconds(1))));
            pressed += Between;
        }

        await Task.WhenAll(queued);
        await cdp.DetachAsync();
    }

    private static KeyStroke Key(char c) => char.IsAsciiLetter(c) ? new(c.ToString(), $"Key{char.ToUpperInvariant(c)}", c.ToString(), char.ToUpperInvariant(c))
        : char.IsAsciiDigit(c) ? new(c.ToString(), $"Digit{c}", c.ToString(), c)
        : throw new ArgumentException($"A confirmation code is letters and digits; '{c}' is neither.", nameof(c));

    private sealed record KeyStroke(string Key, string Code, string Text, int VirtualKey)
    {
        public Dictionary<string, object> Event(string type, DateTimeOffset at)
        {
            var e = new Dictionary<string, object>
            {
                ["type"] = type,
                ["key"] = Key,
                ["code"] = Code,
                ["windowsVirtualKeyCode"] = VirtualKey,
                ["timestamp"] = at.ToUnixTimeMilliseconds() / 1000.0,
            };
            if (type == "keyDown")
            {
                e["text"] = Text;
            }

            return e;
        }
    }
}
