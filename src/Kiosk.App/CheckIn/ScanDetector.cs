using System.Text;

namespace Kiosk.App.CheckIn;

/// <summary>
/// Tells a barcode scanner from a person. A USB scanner "types" like a keyboard, but fast: a burst
/// of at least <see cref="MinLength"/> characters, under <see cref="MaxGap"/> apart, ending in
/// Enter. Keys are held back until that is known; anything that turns out not to be a scan is
/// released to be typed as usual. Times are the browser's key-event timestamps, so the gaps are
/// measured where the keys were pressed, not after a trip to the server.
/// </summary>
/// <remarks>
/// "Under 50 ms apart" is taken on average over the burst, and any single pause of
/// <see cref="MaxPause"/> or more ends the burst: one late key event (a busy USB hub or browser)
/// does not spoil a scan, while a person, even a fast typist (≈ 100 ms a key), never averages 50 ms.
/// </remarks>
public sealed class ScanDetector
{
    public const int MinLength = 6;
    public const string Enter = "Enter";
    public static readonly TimeSpan MaxGap = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(100);
    private const int MaxHeld = 64;
    private readonly StringBuilder _held = new();
    private TimeSpan? _first;
    private TimeSpan? _last;

    /// <summary>One key (a single character, or <see cref="Enter"/>) pressed at <paramref name="at"/>.</summary>
    public ScanStep Key(string key, TimeSpan at)
    {
        // A pause ends the burst: whatever was held was typed by a person.
        var typed = _last is { } last && at - last >= MaxPause ? Release() : "";
        _last = at;
        if (key == Enter)
        {
            if (_held.Length >= MinLength && _first is { } first && (at - first) / _held.Length < MaxGap)
            {
                var code = _held.ToString();
                Reset();
                return new ScanStep(typed, code, EnterTyped: false);
            }

            return new ScanStep(typed + Release(), null, EnterTyped: true);
        }

        if (key.Length == 1 && _held.Length < MaxHeld)
        {
            _first = _held.Length == 0 ? at : _first;
            _held.Append(key);
        }

        return new ScanStep(typed, null, EnterTyped: false);
    }

    /// <summary>Forget held keys without typing them (the patient is forgotten).</summary>
    public void Reset()
    {
        _held.Clear();
        _first = null;
        _last = null;
    }

    /// <summary>No key for a while: the burst never ended in Enter, so what was held was typed.</summary>
    public string Release()
    {
        var text = _held.ToString();
        _held.Clear();
        _first = null;
        return text;
    }
}

/// <summary>What one key led to: text to type now (perhaps none), a scanned code, or an Enter a person pressed.</summary>
public sealed record ScanStep(string Typed, string? Scanned, bool EnterTyped);
