using System.Text;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// Tells a barcode scanner from a person. A USB scanner "types" like a keyboard, but fast: a burst
/// of at least <see cref="MinLength"/> characters, under <see cref="MaxGap"/> apart, ending in
/// Enter. Keys are held back until that is known; anything that turns out not to be a scan is
/// released to be typed as usual. Times are the browser's key-event timestamps, so the gaps are
/// measured where the keys were pressed, not after a trip to the server.
/// </summary>
/// <remarks>
/// "Under 50 ms apart" is taken on average over the burst, leaving out its single longest gap,
/// and any pause of <see cref="MaxPause"/> or more ends the burst: one or two late key events (a
/// busy USB hub or browser) do not spoil a scan, while a person, even a fast typist (≈ 100 ms a
/// key), never averages 50 ms.
/// </remarks>
public sealed class ScanDetector
{
    public const int MinLength = 6;
    public const string Enter = "Enter";
    public static readonly TimeSpan MaxGap = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(150);
    private const int MaxHeld = 64;
    private readonly StringBuilder _held = new();
    private TimeSpan? _last;
    private TimeSpan _gaps;
    private TimeSpan _longestGap;

    /// <summary>One key (a single character, or <see cref="Enter"/>) pressed at <paramref name="at"/>.</summary>
    public ScanStep Key(string key, TimeSpan at)
    {
        // A pause ends the burst: whatever was held was typed by a person.
        var typed = _last is { } last && at - last >= MaxPause ? Release() : "";
        if (_held.Length > 0 && _last is { } previous)
        {
            _gaps += at - previous;
            _longestGap = at - previous > _longestGap ? at - previous : _longestGap;
        }

        _last = at;
        if (key == Enter)
        {
            // Gaps counted: between the held characters and before Enter, one per held character.
            if (_held.Length >= MinLength && (_gaps - _longestGap) / (_held.Length - 1) < MaxGap)
            {
                var code = _held.ToString();
                Reset();
                return new ScanStep(typed, code, EnterTyped: false);
            }

            return new ScanStep(typed + Release(), null, EnterTyped: true);
        }

        if (key.Length == 1 && _held.Length < MaxHeld)
        {
            _held.Append(key);
        }

        return new ScanStep(typed, null, EnterTyped: false);
    }

    /// <summary>Forget held keys without typing them (the patient is forgotten).</summary>
    public void Reset()
    {
        Release();
        _last = null;
    }

    /// <summary>No key for a while: the burst never ended in Enter, so what was held was typed.</summary>
    public string Release()
    {
        var text = _held.ToString();
        _held.Clear();
        _gaps = TimeSpan.Zero;
        _longestGap = TimeSpan.Zero;
        return text;
    }
}

/// <summary>What one key led to: text to type now (perhaps none), a scanned code, or an Enter a person pressed.</summary>
public sealed record ScanStep(string Typed, string? Scanned, bool EnterTyped);
