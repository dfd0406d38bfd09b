using System.Globalization;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// The on-screen keyboard and date picker, and the boxes for names and birth date they type into.
/// The boxes never open the operating system's keyboard; the date moves on by itself when a part is
/// full, and a whole year moves on to an empty last name. Letters of the last name and a date just
/// completed are told to the flow (<see cref="SurnameTyped"/>), which may search by itself. Keys for a
/// box another part owns (the code, the care note) go to it as <see cref="KeyTyped"/>.
/// </summary>
public sealed partial class EntryViewModel : ObservableObject
{
    public const int MaxNameLength = 100;
    private readonly IMessenger _messenger;
    private readonly KioskStrings _strings;
    private readonly Func<string> _language;

    public EntryViewModel(IMessenger messenger, KioskStrings strings, Func<string> language)
    {
        _messenger = messenger;
        _strings = strings;
        _language = language;
        messenger.Register<EntryViewModel, PatientForgotten>(this, static (entry, _) => entry.Clear());
        messenger.Register<EntryViewModel, FieldRequested>(this, static (entry, m) => entry.Field = m.Field);
        messenger.Register<EntryViewModel, KeysTyped>(this, static (entry, m) => entry.TypeText(m.Text));
    }

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
    [NotifyPropertyChangedFor(nameof(FieldTakesDigits))]
    public partial EntryField Field { get; set; } = EntryField.BirthDay;

    /// <summary>Letters for names, digits for day and year, month names for the month.</summary>
    public bool FieldTakesDigits => Field is EntryField.BirthDay or EntryField.BirthYear;

    public string MonthName(int month) => _strings.Get(_language(), $"month.{month}");

    /// <summary>Why the last name cannot be looked up (a strings key); null when it can.</summary>
    public string? ProblemWithLastName() => PatientNameAttribute.Problem(LastName, "find.name-missing", "find.name-too-long");

    /// <summary>The birth date as typed, checked against today; the problem is a strings key.</summary>
    public bool TryReadBirthDate(DateOnly today, out DateOnly birth, out string? problem) =>
        BirthDateInput.TryRead(BirthDay, BirthMonth, BirthYear, today, out birth, out problem);

    [RelayCommand]
    private void Choose(EntryField field)
    {
        Touched();
        Field = field;
    }

    /// <summary>One on-screen key: a letter, a digit, a space, a hyphen or an apostrophe.</summary>
    [RelayCommand]
    private void Type(string key)
    {
        Touched();
        switch (Field)
        {
            case EntryField.FirstName when FirstName.Length < MaxNameLength:
                FirstName = Capitalised(FirstName + key);
                break;
            case EntryField.LastName when LastName.Length < MaxNameLength:
                LastName = Capitalised(LastName + key);
                _messenger.Send(new SurnameTyped());
                break;
            case EntryField.BirthDay when IsDigit(key) && BirthDay.Length < 2:
                BirthDay += key;
                Field = BirthDay.Length == 2 || BirthDay is not ("1" or "2" or "3" or "0") ? EntryField.BirthMonth : Field;
                break;
            case EntryField.BirthYear when IsDigit(key) && BirthYear.Length < 4:
                BirthYear += key;
                YearTyped();
                break;
            case EntryField.Code or EntryField.Note:
                _messenger.Send(new KeyTyped(Field, key));
                break;
        }
    }

    [RelayCommand]
    private void Erase()
    {
        Touched();
        switch (Field)
        {
            case EntryField.FirstName: FirstName = Shorter(FirstName); break;
            case EntryField.LastName: LastName = Shorter(LastName); break;
            case EntryField.BirthDay: BirthDay = Shorter(BirthDay); break;
            case EntryField.BirthMonth: BirthMonth = ""; break;
            case EntryField.BirthYear: BirthYear = Shorter(BirthYear); break;
            case EntryField.Code or EntryField.Note: _messenger.Send(new KeyErased(Field)); break;
        }
    }

    /// <summary>The month as a named button (1–12): no one has to know that March is 3.</summary>
    [RelayCommand]
    private void PickMonth(int month)
    {
        Touched();
        if (month is >= 1 and <= 12)
        {
            BirthMonth = month.ToString(CultureInfo.InvariantCulture);
            Field = EntryField.BirthYear;
        }
    }

    /// <summary>The birth date first, then the last name: a box already filled is not asked for again.</summary>
    public void StartFind() => Field = BirthDateInput.YearComplete(BirthYear) && BirthDay.Length > 0 && BirthMonth.Length > 0 ? EntryField.LastName : EntryField.BirthDay;

    /// <summary>A whole year (see <see cref="BirthDateInput.YearComplete"/>) hands the keys to an empty last name.</summary>
    private void YearTyped()
    {
        if (!BirthDateInput.YearComplete(BirthYear))
        {
            return;
        }

        if (LastName.Length == 0)
        {
            Field = EntryField.LastName;
        }

        _messenger.Send(new SurnameTyped());
    }

    /// <summary>Keys from a physical keyboard land where on-screen keys would.</summary>
    private void TypeText(string text)
    {
        foreach (var key in text)
        {
            Type(key.ToString());
        }
    }

    private void Touched() => _messenger.Send(new PatientTouched());

    private void Clear()
    {
        FirstName = "";
        LastName = "";
        BirthDay = "";
        BirthMonth = "";
        BirthYear = "";
        Field = EntryField.BirthDay;
    }

    private static bool IsDigit(string key) => key.Length == 1 && char.IsAsciiDigit(key[0]);

    internal static string Shorter(string text) => text.Length == 0 ? text : text[..^1];

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
