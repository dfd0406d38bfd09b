using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace Kiosk.App.CheckIn;

/// <summary>
/// No silent time-outs (WCAG 2.2.1): after a quiet spell the kiosk asks "Do you need more time?"
/// and waits at least 20 seconds for an answer before it forgets the patient and starts again.
/// </summary>
public sealed partial class CheckInViewModel
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(30);
    private readonly ITimer _idle;

    [ObservableProperty]
    public partial bool IdleWarning { get; set; }

    /// <summary>Any touch or key press: the patient is still here.</summary>
    public void Touch()
    {
        if (Step == CheckInStep.Welcome && !IdleWarning)
        {
            return;
        }

        IdleWarning = false;
        _idle.Change(IdleAfter, Timeout.InfiniteTimeSpan);
    }

    [RelayCommand]
    private void MoreTime() => Touch();

    private void StopIdle() => _idle.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    partial void OnStepChanged(CheckInStep value)
    {
        if (value == CheckInStep.Welcome)
        {
            StopIdle();
            _ = RefreshLobbyWaitAsync();
        }
        else
        {
            Touch();
        }
    }

    private void OnIdleTimer()
    {
        if (Step == CheckInStep.Welcome)
        {
            return;
        }

        if (!IdleWarning)
        {
            IdleWarning = true;
            _idle.Change(AnswerWithin, Timeout.InfiniteTimeSpan);
            return;
        }

        Clear();
        Step = CheckInStep.Welcome;
    }
}
