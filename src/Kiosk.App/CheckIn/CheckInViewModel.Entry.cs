using System.Globalization;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>
/// The on-screen keyboard and date picker: the boxes never open the operating system's keyboard;
/// keys on the screen type into the chosen box, and the date moves on by itself when a part is full.
/// </summary>
public sealed partial class CheckInViewModel
{
    [ObservableProperty]
    public partial string FirstName { get; set; } = "";

    [ObservableProperty]
    public partial string LastName { get; set; } = "";

    [ObservableProperty]
    public partial string BirthDay { get; set; } = "";

    [ObservableProperty]
    public partial string BirthMonth { get; set; } = "";

    [ObservableProperty]
    public partial string BirthYear { get; set; } = "";

    /// <summary>The box the on-screen keys type into.</summary>
    [ObservableProperty]
    public partial EntryField Field { get; set; } = EntryField.LastName;

    /// <summary>Letters for names, digits for day and year, month names for the month.</summary>
    public bool FieldTakesDigits => Field is EntryField.BirthDay or EntryField.BirthYear;

    [RelayCommand]
    private void Choose(EntryField field)
    {
        Field = field;
        Touch();
    }

    /// <summary>One on-screen key: a letter, a digit, a space, a hyphen or an apostrophe.</summary>
    [RelayCommand]
    private void Type(string key)
    {
        Touch();
        switch (Field)
        {
            case EntryField.FirstName when FirstName.Length < MaxNameLength:
                FirstName = Capitalised(FirstName + key);
                break;
            case EntryField.LastName when LastName.Length < MaxNameLength:
                LastName = Capitalised(LastName + key);
                break;
            case EntryField.BirthDay when IsDigit(key) && BirthDay.Length < 2:
                BirthDay += key;
                Field = BirthDay.Length == 2 || BirthDay is not ("1" or "2" or "3" or "0") ? EntryField.BirthMonth : Field;
                break;
            case EntryField.BirthYear when IsDigit(key) && BirthYear.Length < 4:
                BirthYear += key;
                break;
            case EntryField.Code when Code.Length < ConfirmationCode.Length && key.Length == 1 && ConfirmationCode.Alphabet.Contains(char.ToUpperInvariant(key[0])):
                Code += key.ToUpperInvariant();
                break;
            case EntryField.Note when OtherNote.Length < CareNotes.MaxOtherLength:
                OtherNote = OtherNote.Length == 0 ? key.ToUpperInvariant() : OtherNote + key.ToLowerInvariant();
                break;
        }
    }

    [RelayCommand]
    private void Erase()
    {
        Touch();
        switch (Field)
        {
            case EntryField.FirstName: FirstName = Shorter(FirstName); break;
            case EntryField.LastName: LastName = Shorter(LastName); break;
            case EntryField.BirthDay: BirthDay = Shorter(BirthDay); break;
            case EntryField.BirthMonth: BirthMonth = ""; break;
            case EntryField.BirthYear: BirthYear = Shorter(BirthYear); break;
            case EntryField.Note: OtherNote = Shorter(OtherNote); break;
            case EntryField.Code: Code = Shorter(Code); break;
        }
    }

    /// <summary>The month as a named button (1–12): no one has to know that March is 3.</summary>
    [RelayCommand]
    private void PickMonth(int month)
    {
        Touch();
        if (month is >= 1 and <= 12)
        {
            BirthMonth = month.ToString(CultureInfo.InvariantCulture);
            Field = EntryField.BirthYear;
        }
    }

    public string MonthName(int month) => T($"month.{month}");

    private void ClearEntry()
    {
        FirstName = "";
        LastName = "";
        BirthDay = "";
        BirthMonth = "";
        BirthYear = "";
        Field = EntryField.LastName;
    }

    partial void OnFieldChanged(EntryField value) => OnPropertyChanged(nameof(FieldTakesDigits));

    private static bool IsDigit(string key) => key.Length == 1 && char.IsAsciiDigit(key[0]);

    private static string Shorter(string text) => text.Length == 0 ? text : text[..^1];

    /// <summary>The keys are capitals; names read better as "O'Brien" than "O'BRIEN".</summary>
    private static string Capitalised(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var startsWord = i == 0 || chars[i - 1] is ' ' or '-' or '\'';
            chars[i] = startsWord ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
