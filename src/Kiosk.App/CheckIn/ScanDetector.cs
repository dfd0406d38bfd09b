using System.Text;

namespace Kiosk.App.CheckIn;

/// <summary>
/// Tells a barcode scanner from a person. A USB scanner "types" like a keyboard, but fast: a burst
/// of at least <see cref="MinLength"/> characters less than <see cref="MaxGap"/> apart, ending in
/// Enter. Keys are held back until that is known; anything that turns out not to be a scan is
/// released to be typed as usual. Times are the browser's key-event timestamps, so the gaps are
/// measured where the keys were pressed, not after a trip to the server.
/// </summary>
public sealed class ScanDetector
{
    public const int MinLength = 6;
    public const string Enter = "Enter";
    public static readonly TimeSpan MaxGap = TimeSpan.FromMilliseconds(50);
    private const int MaxHeld = 64;
    private readonly StringBuilder _held = new();
    private TimeSpan? _last;

    /// <summary>One key (a single character, or <see cref="Enter"/>) pressed at <paramref name="at"/>.</summary>
    public ScanStep Key(string key, TimeSpan at)
    {
        // A slow key ends the burst: whatever was held was typed by a person.
        var typed = _last is { } last && at - last >= MaxGap ? Release() : "";
        _last = at;
        if (key == Enter)
        {
            if (_held.Length >= MinLength)
            {
                var code = _held.ToString();
                _held.Clear();
                _last = null;
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
        _held.Clear();
        _last = null;
    }

    /// <summary>No key for a while: the burst never ended in Enter, so what was held was typed.</summary>
    public string Release()
    {
        var text = _held.ToString();
        _held.Clear();
        return text;
    }
}

/// <summary>What one key led to: text to type now (perhaps none), a scanned code, or an Enter a person pressed.</summary>
public sealed record ScanStep(string Typed, string? Scanned, bool EnterTyped);
