using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;

namespace Kiosk.App.Core.CheckIn;

/// <summary>What the flow hears from its parts: it moves the steps, they own what the patient entered.</summary>
public sealed partial class CheckInViewModel
{
    private void Listen()
    {
        _messenger.Register<CheckInViewModel, IdleTimedOut>(this, static (flow, _) => flow.Finish());
        _messenger.Register<CheckInViewModel, EntryProblem>(this, static (flow, m) => flow.ShowProblem(m));
        _messenger.Register<CheckInViewModel, WalkInReasonChosen>(this, static (flow, _) => flow.AskWalkInDetails());
        _messenger.Register<CheckInViewModel, WalkInDetailsGiven>(this, static (flow, m) => flow.AskCare(m.CheckIn));
        _messenger.Register<CheckInViewModel, CodeEntered>(this, static (flow, m) => m.Reply(flow.FindByCodeAsync(m.Code)));
        _messenger.Register<CheckInViewModel, CodeScanned>(this, static (flow, m) => m.Reply(flow.ScannedAsync(m.Code)));
        _messenger.Register<CheckInViewModel, EnterPressed>(this, static (flow, m) => m.Reply(flow.EnterAsync()));
        _messenger.Register<CheckInViewModel, SurnameTyped>(this, static (flow, _) => flow.SearchByLettersCommand.Execute(null));
    }

    /// <summary>"I don't have an appointment": a reason from a short list, then name and birth date.</summary>
    [RelayCommand]
    private void StartWalkIn()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Step = CheckInStep.WalkInReason;
    }

    private void ShowProblem(EntryProblem problem)
    {
        Problem = FindProblem.None;
        Message = T(problem.TextKey);
        if (problem.Focus is { } field)
        {
            Entry.Field = field;
        }
    }

    private void AskWalkInDetails()
    {
        Message = null;
        Entry.Field = EntryField.FirstName;
        Step = CheckInStep.WalkInDetails;
    }

    private void AskCare(PendingCheckIn.WalkIn walkIn)
    {
        if (IsBusy)
        {
            return;
        }

        Message = null;
        Pending = walkIn;
        Step = CheckInStep.Needs;
    }
}
