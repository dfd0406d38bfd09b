using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.Contracts;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// "Is there anything we should know today?": one optional step before the check-in is sent.
/// The choices travel with the check-in to reception; "feeling worse" becomes an urgent flag there.
/// </summary>
public sealed partial class CareViewModel : ObservableObject
{
    private readonly IMessenger _messenger;
    private readonly KioskStrings _strings;

    public CareViewModel(IMessenger messenger, KioskStrings strings)
    {
        _messenger = messenger;
        _strings = strings;
        messenger.Register<CareViewModel, KeyTyped>(this, static (care, m) => care.Typed(m));
        messenger.Register<CareViewModel, KeyErased>(this, static (care, m) => care.Erased(m));
        messenger.Register<CareViewModel, PatientForgotten>(this, static (care, _) => care.Clear());
    }

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

    public bool AnyChosen => NeedsNeedles || NeedsMobility || NeedsPrivacy || FeelingWorse || NeedsInterpreter || NeedsOther;

    [RelayCommand]
    private void Toggle(string need)
    {
        _messenger.Send(new PatientTouched());
        switch (need)
        {
            case "needles": NeedsNeedles = !NeedsNeedles; break;
            case "mobility": NeedsMobility = !NeedsMobility; break;
            case "private": NeedsPrivacy = !NeedsPrivacy; break;
            case "worse": FeelingWorse = !FeelingWorse; break;
            case "interpreter": NeedsInterpreter = !NeedsInterpreter; break;
            case "other":
                NeedsOther = !NeedsOther;
                if (NeedsOther)
                {
                    _messenger.Send(new FieldRequested(EntryField.Note));
                }

                break;
        }

        OnPropertyChanged(nameof(AnyChosen));
    }

    [RelayCommand]
    private void PickInterpreter(string language)
    {
        _messenger.Send(new PatientTouched());
        InterpreterLanguage = InterpreterLanguages.Contains(language) ? language : null;
    }

    /// <summary>The notes as reception will read them: English words, nothing when nothing was chosen.</summary>
    public CareNotes? Notes()
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

    private void Typed(KeyTyped key)
    {
        if (key.Field == EntryField.Note && OtherNote.Length < CareNotes.MaxOtherLength)
        {
            OtherNote = SentenceTyping.Append(OtherNote, key.Key, capital: false);
        }
    }

    private void Erased(KeyErased key)
    {
        if (key.Field == EntryField.Note)
        {
            OtherNote = EntryViewModel.Shorter(OtherNote);
        }
    }

    private void Clear()
    {
        NeedsNeedles = NeedsMobility = NeedsPrivacy = FeelingWorse = NeedsInterpreter = NeedsOther = false;
        InterpreterLanguage = null;
        OtherNote = "";
        OnPropertyChanged(nameof(AnyChosen));
    }
}
