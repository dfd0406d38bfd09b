using System.Globalization;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.Contracts;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// Finding the appointment: by last name and birth date, or by the confirmation code from the
/// reminder letter (typed or scanned; see docs/kiosk-codes.md), then "Is this you?".
/// </summary>
public sealed partial class CheckInViewModel
{
    /// <summary>
    /// This patient's check-in session, sent with each code and name lookup: the hub counts misses per session, so
    /// one patient's mistakes (or a prankster's) never hold up the next. A new one at each start screen.
    /// </summary>
    public Guid Session { get; private set; } = Guid.NewGuid();

    /// <summary>The birth date and first letters last searched for, and those that found nobody (forgotten with the patient).</summary>
    private readonly HashSet<(DateOnly, string)> _lettersNotFound = [];
    private (DateOnly, string)? _lettersAsked;

    [ObservableProperty]
    public partial AppointmentSummary? Appointment { get; set; }

    /// <summary>Times for the too-early / too-late screen.</summary>
    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(NotNowText))]
    public partial CheckInTimes? Times { get; set; }

    /// <summary>"Your appointment is at 14:30. Please come back after 13:30." or "…was at 10:00. Please see the front desk…".</summary>
    public string NotNowText => Times is not { } t ? ""
        : Problem == FindProblem.TooEarly
            ? T("timing.too-early", ("time", Clock(t.AppointmentAt)), ("opens", Clock(t.OpensAt)))
            : T("timing.too-late", ("time", Clock(t.AppointmentAt)));

    [RelayCommand]
    private async Task FindAsync()
    {
        Message = null;
        Problem = FindProblem.None;
        if (Entry.ProblemWithLastName() is { } nameProblem)
        {
            Message = T(nameProblem);
            Entry.Field = EntryField.LastName;
            return;
        }

        if (!Entry.TryReadBirthDate(Today(), out var birth, out var problem))
        {
            Message = T(problem!);
            return;
        }

        var lastName = Entry.LastName.Trim();
        var lookup = new AppointmentLookup(lastName, birth, Session: Session);
        var result = await LookUpAsync(() => _hub.FindAppointmentAsync(lookup), copy => copy.Find(lookup));
        await ShowLookupAsync(result, found => new PendingCheckIn.ByName(Guid.NewGuid(), found.AppointmentId, lastName, birth, CopiedIfOffline(found)), FindProblem.NotFound, "find.not-found", "find.too-many");
    }

    /// <summary>
    /// Searches by itself once the birth date is whole and the last name has
    /// <see cref="AppointmentLookup.MinFirstLetters"/> letters — always that many, so when the kiosk
    /// searches tells nobody anything — and again at each further letter only while the hub asks for
    /// one more. Letters already answered "not found" for this birth date are not asked again: each
    /// wrong attempt counts once against the session. "Find my appointment" still looks the whole name up.
    /// </summary>
    [RelayCommand]
    private async Task SearchByLettersAsync()
    {
        while (Step == CheckInStep.FindAppointment && !IsBusy && Entry.TryReadBirthDate(Today(), out var birth, out _))
        {
            var letters = Entry.LastName.Trim();
            var count = letters.Count(char.IsLetterOrDigit);
            var asking = (birth, letters.ToUpperInvariant());
            var due = count == AppointmentLookup.MinFirstLetters || (count > AppointmentLookup.MinFirstLetters && Problem == FindProblem.OneMoreLetter);
            if (!due || asking == _lettersAsked || _lettersNotFound.Contains(asking) || Entry.ProblemWithLastName() is not null)
            {
                return;
            }

            _lettersAsked = asking;
            Message = null;
            Problem = FindProblem.None;
            var lookup = new AppointmentLookup(letters, birth, FirstLettersOnly: true, Session: Session);
            var result = await LookUpAsync(() => _hub.FindAppointmentAsync(lookup), copy => copy.Find(lookup));
            if (result?.Outcome == LookupOutcome.NotFound)
            {
                _lettersNotFound.Add(asking);
            }

            await ShowLookupAsync(result, found => new PendingCheckIn.ByName(Guid.NewGuid(), found.AppointmentId, letters, birth, CopiedIfOffline(found)), FindProblem.NotFound, "find.not-found", "find.too-many");
            // A letter typed while the hub was answering is searched now, if the answer asked for it.
        }
    }

    [RelayCommand]
    private void StartCode()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Entry.Field = EntryField.Code;
        Step = CheckInStep.Code;
    }

    /// <summary>"Use my name instead": back to last name and birth date.</summary>
    [RelayCommand]
    private void UseName()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Code.Text = "";
        Entry.StartFind();
        Step = CheckInStep.FindAppointment;
    }

    [RelayCommand]
    private void TryCodeAgain()
    {
        Touch();
        Message = null;
        Problem = FindProblem.None;
        Code.Text = "";
        Entry.Field = EntryField.Code;
    }

    /// <summary>A well-formed code from the code step (typed, or scanned): look it up.</summary>
    private async Task<bool> FindByCodeAsync(string code)
    {
        if (IsBusy)
        {
            return false;
        }

        Message = null;
        Problem = FindProblem.None;
        var session = Session;
        var lookup = new CodeLookup(code, session);
        var result = await LookUpAsync(() => _hub.FindByCodeAsync(lookup), copy => copy.FindByCode(lookup));
        await ShowLookupAsync(result, found => new PendingCheckIn.ByCode(Guid.NewGuid(), code, session, CopiedIfOffline(found)), FindProblem.CodeNotFound, "code.not-found", "code.too-many");
        return true;
    }

    /// <summary>A scanned letter goes straight to the code lookup from any screen.</summary>
    private async Task<bool> ScannedAsync(string code)
    {
        if (IsBusy)
        {
            return false;
        }

        var language = Step == CheckInStep.Welcome ? KioskStrings.Fallback : Language;
        // Whoever was on the screen before is forgotten; larger text and contrast stay, as on Start.
        Forget(keepAccess: true);
        Language = language;
        Code.Text = ConfirmationCode.TryNormalise(code, out var clean) ? clean : code.ToUpperInvariant();
        Entry.Field = EntryField.Code;
        Step = CheckInStep.Code;
        await Code.FindCommand.ExecuteAsync(null);
        return true;
    }

    /// <summary>Enter from a keyboard does what the step's main button does.</summary>
    private async Task<bool> EnterAsync()
    {
        switch (Step)
        {
            case CheckInStep.FindAppointment:
                await FindAsync();
                break;
            case CheckInStep.Code:
                await Code.FindCommand.ExecuteAsync(null);
                break;
        }

        return true;
    }

    /// <summary>What a lookup (by name or by code) said, on the screen; a found appointment goes to "Is this you?".</summary>
    private async Task ShowLookupAsync(AppointmentLookupResult? result, Func<AppointmentSummary, PendingCheckIn> pending, FindProblem notFound, string notFoundKey, string tooManyKey)
    {
        switch (result)
        {
            case { Outcome: LookupOutcome.Found, Appointment: { } appointment }:
                Appointment = appointment;
                // The check-in key is made now: a double tap or a retry after a dropped connection
                // checks in once and gets the same ticket back (see SendAsync).
                Pending = pending(appointment);
                Step = CheckInStep.Confirm;
                break;
            case { Outcome: LookupOutcome.AlreadyCheckedIn, ExistingTicket: { } ticket }:
                await ShowTicketAsync(ticket);
                break;
            case { Outcome: LookupOutcome.SeeReception }:
                Problem = FindProblem.SeeDesk;
                Message = T("find.see-desk");
                break;
            case { Outcome: LookupOutcome.OneMoreLetter }:
                Problem = FindProblem.OneMoreLetter;
                Message = T("find.one-more-letter");
                Entry.Field = EntryField.LastName;
                break;
            case { Outcome: LookupOutcome.TooManyTries }:
                Problem = FindProblem.TooManyTries;
                Message = T(tooManyKey);
                break;
            case { Outcome: LookupOutcome.TryAgainSoon, WaitSeconds: { } seconds }:
                Problem = FindProblem.TryAgainSoon;
                Message = T("code.wait", ("seconds", seconds));
                break;
            case { Outcome: LookupOutcome.TooEarly or LookupOutcome.TooLate, Times: { } times }:
                ShowNotNow(result.Outcome == LookupOutcome.TooEarly ? FindProblem.TooEarly : FindProblem.TooLate, times);
                break;
            case { Outcome: LookupOutcome.NotFound }:
                Problem = notFound;
                Message = T(notFoundKey);
                break;
        }
    }

    /// <summary>The copied appointment behind an answer found in the copy (not at the hub): stamped on its check-in.</summary>
    private Contracts.Offline.CopiedAppointment? CopiedIfOffline(AppointmentSummary found) =>
        _answeredFromCopy ? _offline?.Appointments.Copied(found.AppointmentId) : null;

    private void ShowNotNow(FindProblem problem, CheckInTimes times)
    {
        Problem = problem;
        Times = times;
        Message = null;
        Step = CheckInStep.NotNow;
    }

}
