using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// No silent time-outs (WCAG 2.2.1): after a quiet spell the kiosk asks "Do you need more time?"
/// and waits at least 20 seconds for an answer before it says <see cref="IdleTimedOut"/>, and the
/// flow forgets the patient and starts again. The attract screen never asks.
/// </summary>
public sealed partial class IdleViewModel : ObservableObject, IDisposable
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(30);
    private readonly IMessenger _messenger;
    private readonly ITimer _quiet;
    private CheckInStep _step = CheckInStep.Welcome;

    public IdleViewModel(IMessenger messenger, TimeProvider time)
    {
        _messenger = messenger;
        _quiet = time.CreateTimer(_ => OnQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        messenger.Register<IdleViewModel, PatientTouched>(this, static (idle, _) => idle.Touch());
        messenger.Register<IdleViewModel, StepChanged>(this, static (idle, m) => idle.OnStep(m.Step));
        messenger.Register<IdleViewModel, PatientForgotten>(this, static (idle, _) =>
        {
            idle.Warning = false;
            idle.Stop();
        });
    }

    /// <summary>"Do you need more time?" is on the screen.</summary>
    [ObservableProperty]
    public partial bool Warning { get; set; }

    /// <summary>Any touch or key press: the patient is still here.</summary>
    public void Touch()
    {
        if (_step == CheckInStep.Welcome && !Warning)
        {
            return;
        }

        Warning = false;
        _quiet.Change(IdleAfter, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// A key of speech mode (an arrow, a keypad key): the patient is still here. While the question
    /// is up, the keys are how they move between its answers, so it stays, with its full time again.
    /// </summary>
    public void KeyPressed()
    {
        if (Warning)
        {
            _quiet.Change(AnswerWithin, Timeout.InfiniteTimeSpan);
            return;
        }

        Touch();
    }

    [RelayCommand]
    private void MoreTime() => Touch();

    private void OnStep(CheckInStep step)
    {
        _step = step;
        if (step == CheckInStep.Welcome)
        {
            Stop();
        }
        else
        {
            Touch();
        }
    }

    private void Stop() => _quiet.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    private void OnQuiet()
    {
        if (_step == CheckInStep.Welcome)
        {
            return;
        }

        if (!Warning)
        {
            Warning = true;
            _quiet.Change(AnswerWithin, Timeout.InfiniteTimeSpan);
            return;
        }

        _messenger.Send(new IdleTimedOut());
    }

    public void Dispose()
    {
        _messenger.UnregisterAll(this);
        _quiet.Dispose();
    }
}
