using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace Kiosk.App.CheckIn;

/// <summary>"I don't have an appointment": a reason from a short list, then name and birth date.</summary>
public sealed partial class CheckInViewModel
{
    public static IReadOnlyList<string> WalkInReasons => Contracts.WalkInReasons.All;

    [ObservableProperty]
    public partial string? WalkInReason { get; set; }

    [RelayCommand]
    private void StartWalkIn()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Step = CheckInStep.WalkInReason;
    }

    [RelayCommand]
    private void ChooseReason(string reason)
    {
        Touch();
        if (!Contracts.WalkInReasons.All.Contains(reason))
        {
            return;
        }

        WalkInReason = reason;
        Message = null;
        Field = EntryField.FirstName;
        // A new key per walk-in: a double tap on "Check me in" below still makes one visit.
        _checkInKey = Guid.NewGuid();
        Step = CheckInStep.WalkInDetails;
    }

    [RelayCommand]
    private void WalkIn()
    {
        if (WalkInReason is null || IsBusy)
        {
            return;
        }

        Message = null;
        if (NameProblem(FirstName) is not null)
        {
            Message = T("walkin.first-name-missing");
            Field = EntryField.FirstName;
            return;
        }

        if (NameProblem(LastName) is { } lastProblem)
        {
            Message = T(lastProblem);
            Field = EntryField.LastName;
            return;
        }

        if (!BirthDateInput.TryRead(BirthDay, BirthMonth, BirthYear, Today(), out var birth, out var problem))
        {
            Message = T(problem!);
            return;
        }

        _birth = birth;
        Step = CheckInStep.Needs;
    }
}
