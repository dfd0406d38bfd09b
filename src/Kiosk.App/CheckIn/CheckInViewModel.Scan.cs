using Kiosk.Contracts;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.CheckIn;

/// <summary>
/// Keys from a USB barcode scanner or a physical keyboard. The page holds them back from its boxes
/// and sends them here with the time each was pressed; <see cref="ScanDetector"/> tells a scanned
/// confirmation code from typing. A scan goes straight to the code lookup from any screen (English
/// on the attract screen, the patient's language otherwise); typing lands in the chosen box.
/// </summary>
public sealed partial class CheckInViewModel
{
    /// <summary>Held keys are typed after this long without another key (a burst that never ended in Enter).</summary>
    public static readonly TimeSpan ReleaseHeldKeysAfter = TimeSpan.FromMilliseconds(250);
    private readonly ScanDetector _scanner = new();
    private readonly Lock _keys = new();
    private readonly ITimer _quietKeys;

    public async Task KeyAsync(string key, TimeSpan at)
    {
        ScanStep step;
        lock (_keys)
        {
            step = _scanner.Key(key, at);
        }

        _quietKeys.Change(ReleaseHeldKeysAfter, Timeout.InfiniteTimeSpan);
        TypeText(step.Typed);
        if (step.Scanned is { } code)
        {
            await ScannedAsync(code);
        }
        else if (step.EnterTyped)
        {
            await EnterAsync();
        }
    }

    private async Task ScannedAsync(string code)
    {
        if (IsBusy)
        {
            return;
        }

        var language = Step == CheckInStep.Welcome ? KioskStrings.Fallback : Language;
        // Whoever was on the screen before is forgotten; larger text and contrast stay, as on Start.
        Clear(keepAccess: true);
        Language = language;
        Code = ConfirmationCode.TryNormalise(code, out var clean) ? clean : code.ToUpperInvariant();
        Field = EntryField.Code;
        Step = CheckInStep.Code;
        await FindByCodeAsync();
    }

    /// <summary>Enter from a keyboard does what the step's main button does.</summary>
    private Task EnterAsync() => Step switch
    {
        CheckInStep.FindAppointment => FindAsync(),
        CheckInStep.Code => FindByCodeAsync(),
        _ => Task.CompletedTask,
    };

    private void ReleaseHeldKeys()
    {
        string text;
        lock (_keys)
        {
            text = _scanner.Release();
        }

        TypeText(text);
    }

    /// <summary>Typed keys go where on-screen keys go, on the steps that have boxes; elsewhere they mean nothing.</summary>
    private void TypeText(string text)
    {
        if (text.Length == 0 || Step is not (CheckInStep.FindAppointment or CheckInStep.Code or CheckInStep.WalkInDetails or CheckInStep.Needs))
        {
            return;
        }

        foreach (var key in text)
        {
            Type(key.ToString());
        }
    }

    private void ClearKeys()
    {
        lock (_keys)
        {
            _scanner.Reset();
        }
    }
}
