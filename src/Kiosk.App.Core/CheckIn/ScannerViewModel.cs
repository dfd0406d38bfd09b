using CommunityToolkit.Mvvm.Messaging;
using CommunityToolkit.Mvvm.Messaging.Messages;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// Keys from a USB barcode scanner or a physical keyboard. The page holds them back from its boxes
/// and sends them here with the time each was pressed; <see cref="ScanDetector"/> tells a scanned
/// confirmation code from typing. A scan goes to the flow as <see cref="CodeScanned"/> from any
/// screen; typing lands in the chosen box (<see cref="KeysTyped"/>) on the steps that have boxes.
/// </summary>
public sealed class ScannerViewModel : IDisposable
{
    /// <summary>Held keys are typed after this long without another key (a burst that never ended in Enter).</summary>
    public static readonly TimeSpan ReleaseHeldKeysAfter = TimeSpan.FromMilliseconds(250);
    private readonly IMessenger _messenger;
    private readonly ScanDetector _scanner = new();
    private readonly Lock _keys = new();
    private readonly ITimer _quietKeys;
    private CheckInStep _step = CheckInStep.Welcome;

    public ScannerViewModel(IMessenger messenger, TimeProvider time)
    {
        _messenger = messenger;
        _quietKeys = time.CreateTimer(_ => ReleaseHeldKeys(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        messenger.Register<ScannerViewModel, StepChanged>(this, static (scanner, m) => scanner._step = m.Step);
        messenger.Register<ScannerViewModel, PatientForgotten>(this, static (scanner, _) => scanner.Reset());
    }

    public async Task KeyAsync(string key, TimeSpan at)
    {
        ScanStep step;
        lock (_keys)
        {
            step = _scanner.Key(key, at);
        }

        _quietKeys.Change(ReleaseHeldKeysAfter, Timeout.InfiniteTimeSpan);
        TypeText(step.Typed);
        AsyncRequestMessage<bool>? answer = step.Scanned is { } code ? _messenger.Send(new CodeScanned(code))
            : step.EnterTyped ? _messenger.Send(new EnterPressed())
            : null;
        if (answer is { HasReceivedResponse: true })
        {
            await answer.Response;
        }
    }

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
        if (text.Length > 0 && _step is CheckInStep.FindAppointment or CheckInStep.Code or CheckInStep.WalkInDetails or CheckInStep.Needs)
        {
            _messenger.Send(new KeysTyped(text));
        }
    }

    private void Reset()
    {
        lock (_keys)
        {
            _scanner.Reset();
        }
    }

    public void Dispose()
    {
        _messenger.UnregisterAll(this);
        _quietKeys.Dispose();
    }
}
