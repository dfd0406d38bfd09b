using System.ComponentModel.DataAnnotations;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// "I don't have an appointment": a reason from a short list, then name and birth date in the
/// shared entry boxes, checked as a form (data annotations whose messages are strings keys) when
/// the patient presses "Check me in". Valid details become the flow's pending walk-in.
/// </summary>
public sealed partial class WalkInViewModel : ObservableValidator
{
    /// <summary>The order a patient reads the form in: the first problem is the one they are told about.</summary>
    private static readonly (string Property, EntryField? Focus)[] FormOrder =
        [(nameof(FirstName), EntryField.FirstName), (nameof(LastName), EntryField.LastName), (nameof(BirthDate), null)];

    private readonly IMessenger _messenger;
    private readonly EntryViewModel _entry;
    private readonly TimeProvider _time;

    public WalkInViewModel(IMessenger messenger, EntryViewModel entry, TimeProvider time)
    {
        _messenger = messenger;
        _entry = entry;
        _time = time;
        messenger.Register<WalkInViewModel, PatientForgotten>(this, static (walkIn, _) => walkIn.Clear());
    }

    public static IReadOnlyList<string> Reasons => Contracts.WalkInReasons.All;

    [ObservableProperty]
    public partial string? Reason { get; private set; }

    /// <summary>A new key per chosen reason: a double tap on "Check me in" still makes one visit.</summary>
    public Guid Key { get; private set; }

    [PatientName("walkin.first-name-missing", "walkin.first-name-missing")]
    public string FirstName => _entry.FirstName;

    [PatientName("find.name-missing", "find.name-too-long")]
    public string LastName => _entry.LastName;

    /// <summary>The birth date as typed (year-month-day); checked as a whole against today.</summary>
    [CustomValidation(typeof(WalkInViewModel), nameof(CheckBirthDate))]
    public string BirthDate => string.Join('-', _entry.BirthYear, _entry.BirthMonth, _entry.BirthDay);

    public static ValidationResult? CheckBirthDate(string birthDate, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var form = (WalkInViewModel)context.ObjectInstance;
        return form._entry.TryReadBirthDate(form.Today(), out _, out var problem)
            ? ValidationResult.Success
            : new ValidationResult(problem, [nameof(BirthDate)]);
    }

    [RelayCommand]
    private void ChooseReason(string reason)
    {
        _messenger.Send(new PatientTouched());
        if (!Reasons.Contains(reason))
        {
            return;
        }

        Reason = reason;
        Key = Guid.NewGuid();
        _messenger.Send(new WalkInReasonChosen(reason));
    }

    /// <summary>"Check me in" on the details: the first problem is shown, or the walk-in goes on to the care step.</summary>
    [RelayCommand]
    private void Submit()
    {
        if (Reason is not { } reason)
        {
            return;
        }

        ValidateAllProperties();
        foreach (var (property, focus) in FormOrder)
        {
            if (GetErrors(property).FirstOrDefault() is { ErrorMessage: { } problem })
            {
                _messenger.Send(new EntryProblem(problem, focus));
                return;
            }
        }

        _entry.TryReadBirthDate(Today(), out var birth, out _);
        _messenger.Send(new WalkInDetailsGiven(new PendingCheckIn.WalkIn(Key, FirstName.Trim(), LastName.Trim(), birth, reason)));
    }

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    private void Clear()
    {
        Reason = null;
        Key = Guid.Empty;
        ClearErrors();
    }
}
