using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>
/// "I have a confirmation code": the code from the reminder letter, typed on a keypad of the
/// code's own alphabet or scanned from its barcode, then the same "Is this you?" as a name match.
/// The code stands in for name and birth date: no birth year is asked (see docs/kiosk-codes.md).
/// </summary>
public sealed partial class CheckInViewModel
{
    /// <summary>The code keypad: the alphabet in rows of eight.</summary>
    public static IReadOnlyList<string[]> CodeKeys { get; } =
        [.. ConfirmationCode.Alphabet.Select(c => c.ToString()).Chunk(8)];

    [ObservableProperty]
    public partial string Code { get; set; } = "";

    /// <summary>The appointment on the confirm step was found by its code: check in with the code.</summary>
    private string? _foundByCode;

    /// <summary>Times for the too-early / too-late screen.</summary>
    [ObservableProperty]
    public partial CheckInTimes? Times { get; set; }

    [RelayCommand]
    private void StartCode()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Field = EntryField.Code;
        Step = CheckInStep.Code;
    }

    /// <summary>"Use my name instead": back to last name and birth date.</summary>
    [RelayCommand]
    private void UseName()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Code = "";
        Field = EntryField.LastName;
        Step = CheckInStep.FindAppointment;
    }

    [RelayCommand]
    private void TryCodeAgain()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Code = "";
        Field = EntryField.Code;
    }

    [RelayCommand]
    private async Task FindByCodeAsync()
    {
        if (IsBusy)
        {
            return;
        }

        Message = null;
        Problem = FindProblem.None;
        if (!ConfirmationCode.TryNormalise(Code, out var code))
        {
            Message = T("code.wrong-shape");
            Field = EntryField.Code;
            return;
        }

        var result = await CallHubAsync(() => _hub.FindByCodeAsync(new CodeLookup(code)));
        if (result is { Outcome: LookupOutcome.Found, Appointment: not null })
        {
            _foundByCode = code;
        }

        await ShowLookupAsync(result, FindProblem.CodeNotFound, "code.not-found", "code.too-many");
    }

    /// <summary>What a lookup (by name or by code) said, on the screen; a found appointment goes to "Is this you?".</summary>
    private async Task ShowLookupAsync(AppointmentLookupResult? result, FindProblem notFound, string notFoundKey, string tooManyKey)
    {
        switch (result)
        {
            case { Outcome: LookupOutcome.Found, Appointment: { } appointment }:
                Appointment = appointment;
                _checkInKey = Guid.NewGuid();
                Step = CheckInStep.Confirm;
                break;
            case { Outcome: LookupOutcome.AlreadyCheckedIn, ExistingTicket: { } ticket }:
                await ShowTicketAsync(ticket);
                break;
            case { Outcome: LookupOutcome.SeeReception }:
                Problem = FindProblem.SeeDesk;
                Message = T("find.see-desk");
                break;
            case { Outcome: LookupOutcome.TooManyTries }:
                Problem = FindProblem.TooManyTries;
                Message = T(tooManyKey);
                break;
            case { Outcome: LookupOutcome.TooEarly, Times: { } times }:
                ShowNotNow(FindProblem.TooEarly, times);
                break;
            case { Outcome: LookupOutcome.TooLate, Times: { } times }:
                ShowNotNow(FindProblem.TooLate, times);
                break;
            case { Outcome: LookupOutcome.NotFound }:
                Problem = notFound;
                Message = T(notFoundKey);
                break;
        }
    }

    /// <summary>
    /// A check-in refused after "Is this you?" — most often because the window closed while the
    /// patient chose — is looked up again, so the patient reads why in their own language.
    /// </summary>
    private async Task AskWhyRefusedAsync()
    {
        var again = _foundByCode is { } code
            ? await CallHubAsync(() => _hub.FindByCodeAsync(new CodeLookup(code)), quiet: true)
            : await CallHubAsync(() => _hub.FindAppointmentAsync(new AppointmentLookup(LastName.Trim(), _birth)), quiet: true);
        if (again is { Outcome: LookupOutcome.TooEarly or LookupOutcome.TooLate, Times: { } times })
        {
            Appointment = null;
            ShowNotNow(again.Outcome == LookupOutcome.TooEarly ? FindProblem.TooEarly : FindProblem.TooLate, times);
        }
    }

    private void ShowNotNow(FindProblem problem, CheckInTimes times)
    {
        Times = times;
        Problem = problem;
        Message = null;
        Step = CheckInStep.NotNow;
    }

    /// <summary>"Your appointment is at 14:30. Please come back after 13:30." or "…was at 10:00. Please see the front desk…".</summary>
    public string NotNowText => Times is not { } t ? ""
        : Problem == FindProblem.TooEarly
            ? T("timing.too-early", ("time", Clock(t.AppointmentAt)), ("opens", Clock(t.OpensAt)))
            : T("timing.too-late", ("time", Clock(t.AppointmentAt)));

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private void ClearCode()
    {
        Code = "";
        _foundByCode = null;
        Times = null;
    }
}
