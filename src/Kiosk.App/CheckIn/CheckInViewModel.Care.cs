using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.Contracts.Localization;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>
/// "Is there anything we should know today?": one optional step before the check-in is sent.
/// The choices travel with the check-in to reception; "feeling worse" becomes an urgent flag there.
/// </summary>
public sealed partial class CheckInViewModel
{
    /// <summary>Languages offered for an interpreter; reception reads them in English.</summary>
    public static IReadOnlyList<string> InterpreterLanguages { get; } = ["es", "pl", "ar", "ur", "zh", "pt", "other"];

    [ObservableProperty] public partial bool NeedsNeedles { get; set; }
    [ObservableProperty] public partial bool NeedsMobility { get; set; }
    [ObservableProperty] public partial bool NeedsPrivacy { get; set; }
    [ObservableProperty] public partial bool FeelingWorse { get; set; }
    [ObservableProperty] public partial bool NeedsInterpreter { get; set; }
    [ObservableProperty] public partial string? InterpreterLanguage { get; set; }
    [ObservableProperty] public partial bool NeedsOther { get; set; }
    [ObservableProperty] public partial string OtherNote { get; set; } = "";

    public bool AnyCareChosen => NeedsNeedles || NeedsMobility || NeedsPrivacy || FeelingWorse || NeedsInterpreter || NeedsOther;

    [RelayCommand]
    private void Toggle(string need)
    {
        Touch();
        switch (need)
        {
            case "needles": NeedsNeedles = !NeedsNeedles; break;
            case "mobility": NeedsMobility = !NeedsMobility; break;
            case "private": NeedsPrivacy = !NeedsPrivacy; break;
            case "worse": FeelingWorse = !FeelingWorse; break;
            case "interpreter": NeedsInterpreter = !NeedsInterpreter; break;
            case "other":
                NeedsOther = !NeedsOther;
                Field = NeedsOther ? EntryField.Note : Field;
                break;
        }

        OnPropertyChanged(nameof(AnyCareChosen));
    }

    [RelayCommand]
    private void PickInterpreter(string language)
    {
        Touch();
        InterpreterLanguage = InterpreterLanguages.Contains(language) ? language : null;
    }

    /// <summary>The notes as reception will read them: English words, nothing when nothing was chosen.</summary>
    public CareNotes? Care()
    {
        var notes = new CareNotes(
            NeedsNeedles,
            NeedsInterpreter ? _strings.Get(KioskStrings.Fallback, $"needs.interpreter.{InterpreterLanguage ?? "other"}") : null,
            NeedsMobility,
            NeedsPrivacy,
            FeelingWorse,
            NeedsOther && !string.IsNullOrWhiteSpace(OtherNote) ? OtherNote.Trim() : null);
        return notes.Any ? notes : null;
    }

    /// <summary>Sends the check-in (appointment or walk-in) with whatever was chosen on this step.</summary>
    [RelayCommand]
    private async Task SendAsync()
    {
        if (IsBusy)
        {
            return;
        }

        Message = null;
        var care = Care();
        var ticket = WalkInReason is { } reason
            ? await CallHubAsync(() => _hub.WalkInAsync(new WalkInRequest(_checkInKey, FirstName.Trim(), LastName.Trim(), _birth, reason, care)))
            : _foundByCode is { } code
                ? await CallHubAsync(() => _hub.CheckInByCodeAsync(new CodeCheckInRequest(_checkInKey, code, care)))
            : Appointment is { } a
                ? await CallHubAsync(() => _hub.CheckInAsync(new CheckInRequest(_checkInKey, a.AppointmentId, LastName.Trim(), _birth, care)))
                : null;
        if (ticket is not null)
        {
            await ShowTicketAsync(ticket);
        }
        else if (_refused && WalkInReason is null)
        {
            await AskWhyRefusedAsync();
        }
    }

    private void ClearCare()
    {
        NeedsNeedles = NeedsMobility = NeedsPrivacy = FeelingWorse = NeedsInterpreter = NeedsOther = false;
        InterpreterLanguage = null;
        OtherNote = "";
    }
}
