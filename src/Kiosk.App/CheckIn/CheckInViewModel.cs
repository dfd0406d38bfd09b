using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.App.Hub;
using Kiosk.Contracts.Localization;
using Kiosk.App.Tickets;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>
/// One patient's walk through check-in at the kiosk: language → find my appointment (or walk in)
/// → confirm → ticket. Plain C#: no UI type, so any head (Blazor today) can bind to it and tests
/// can drive it. Every word comes from <see cref="KioskStrings"/> in the patient's language.
/// </summary>
public sealed partial class CheckInViewModel : ObservableObject, IDisposable
{
    public const int MaxNameLength = 100;
    private readonly IWaitingRoomGateway _hub;
    private readonly TimeProvider _time;
    private readonly KioskStrings _strings;
    private Guid _checkInKey;
    private DateOnly _birth;

    /// <summary>The last hub call was refused (not merely unreachable).</summary>
    private bool _refused;

    public CheckInViewModel(IWaitingRoomGateway hub, TimeProvider time, KioskStrings strings)
    {
        _hub = hub;
        _time = time;
        _strings = strings;
        _idle = time.CreateTimer(_ => OnIdleTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _lobby = time.CreateTimer(_ => _ = RefreshLobbyWaitAsync(), null, TimeSpan.Zero, LobbyWaitEvery);
        _quietKeys = time.CreateTimer(_ => ReleaseHeldKeys(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _hub.TicketUpdated += OnTicketUpdated;
        _hub.LinkChanged += OnLinkChanged;
    }

    [ObservableProperty]
    public partial CheckInStep Step { get; set; } = CheckInStep.Welcome;

    /// <summary>The patient's language, chosen first and kept for the whole visit.</summary>
    [ObservableProperty]
    public partial string Language { get; set; } = KioskStrings.Fallback;

    /// <summary>What went wrong on this step, in words for the patient; null when nothing did.</summary>
    [ObservableProperty]
    public partial string? Message { get; set; }

    [ObservableProperty]
    public partial FindProblem Problem { get; set; }

    [ObservableProperty]
    public partial AppointmentSummary? Appointment { get; set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(PhoneQrSvg))]
    [NotifyPropertyChangedFor(nameof(EstimateIsLive))]
    public partial TicketView? Ticket { get; set; }

    [ObservableProperty]
    public partial bool IsBusy { get; set; }

    public IReadOnlyList<string> Languages => _strings.Languages;

    public HubLink Link => _hub.Link;

    /// <summary>A wait shown while offline could be stale; the screen says so instead of showing it.</summary>
    public bool EstimateIsLive => _hub.Link == HubLink.Online && Ticket?.Estimate is not null;

    public string? PhoneQrSvg => PhoneLink is { } link ? PhoneQr.Svg(link) : null;

    /// <summary>The ticket's phone link, carrying the patient's language so the phone page can speak it too.</summary>
    public string? PhoneLink => Ticket is null ? null
        : Language == KioskStrings.Fallback ? Ticket.PhoneUrl
        : $"{Ticket.PhoneUrl}{(Ticket.PhoneUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Uri.EscapeDataString(Language)}";

    /// <summary>A text in the patient's language.</summary>
    public string T(string key) => _strings.Get(Language, key);

    public string T(string key, params (string Name, object Value)[] values) => _strings.Format(Language, key, values);

    /// <summary>Why the wait is what it is, in the patient's language; the hub's English (and says so) when it sent no sentences to word.</summary>
    public (string Text, bool InEnglish) ReasonFor(WaitRange estimate) => estimate.ReasonParts.Count == 0
        ? (estimate.Reason, true)
        : (string.Join(" ", estimate.ReasonParts.Select(p => T($"reason.{p.Key}", [.. p.Values.Select(v => (v.Key, (object)v.Value))]))), false);

    /// <summary>A text in a given language: the attract screen speaks every language at once.</summary>
    public string TextIn(string language, string key) => _strings.Get(language, key);

    /// <summary>Touching "Touch to check in" in a language starts the visit in that language.</summary>
    [RelayCommand]
    private void Start(string? language)
    {
        // Larger text, contrast or reach chosen on the attract screen stay for this patient's visit.
        Clear(keepAccess: true);
        Language = language is not null && _strings.Has(language) ? language : KioskStrings.Fallback;
        Field = EntryField.LastName;
        Step = CheckInStep.FindAppointment;
        Touch();
    }

    [RelayCommand]
    private async Task FindAsync()
    {
        Message = null;
        Problem = FindProblem.None;
        if (NameProblem(LastName) is { } nameProblem)
        {
            Message = T(nameProblem);
            Field = EntryField.LastName;
            return;
        }

        if (!BirthDateInput.TryRead(BirthDay, BirthMonth, BirthYear, Today(), out var birth, out var problem))
        {
            Message = T(problem!);
            return;
        }

        var result = await CallHubAsync(() => _hub.FindAppointmentAsync(new AppointmentLookup(LastName.Trim(), birth)));
        if (result is { Outcome: LookupOutcome.Found })
        {
            _birth = birth;
            _foundByCode = null;
        }

        await ShowLookupAsync(result, FindProblem.NotFound, "find.not-found", "find.too-many");
    }

    [RelayCommand]
    private void Confirm()
    {
        if (Appointment is null || IsBusy)
        {
            return;
        }

        Message = null;
        // The check-in key was made when the appointment was found: a double tap or a retry after
        // a dropped connection checks in once and gets the same ticket back (see SendAsync).
        Step = CheckInStep.Needs;
    }

    /// <summary>
    /// Raised when the patient is forgotten (Done, Start again, idle): anything else holding their
    /// words — the question screens — clears itself too.
    /// </summary>
    public event Action? Forgotten;

    /// <summary>"I have a question" on the ticket screen.</summary>
    [RelayCommand]
    private void AskQuestion()
    {
        if (Ticket is null)
        {
            return;
        }

        Message = null;
        Step = CheckInStep.Question;
    }

    /// <summary>"Get help": no more typing, just where to go.</summary>
    [RelayCommand]
    private void GetHelp()
    {
        Problem = FindProblem.GetHelp;
        Message = T("find.get-help");
    }

    [RelayCommand]
    private void Back()
    {
        Message = null;
        Problem = FindProblem.None;
        Step = Step switch
        {
            CheckInStep.Confirm => _foundByCode is null ? CheckInStep.FindAppointment : CheckInStep.Code,
            CheckInStep.Code => CheckInStep.FindAppointment,
            CheckInStep.WalkInDetails => CheckInStep.WalkInReason,
            CheckInStep.WalkInReason => CheckInStep.FindAppointment,
            CheckInStep.Needs => WalkInReason is null ? CheckInStep.Confirm : CheckInStep.WalkInDetails,
            CheckInStep.Question when Ticket is not null => CheckInStep.Done,
            _ => CheckInStep.Welcome,
        };
        if (Step == CheckInStep.Welcome)
        {
            Clear();
        }
    }

    /// <summary>The patient is finished: nothing of theirs stays on the screen for the next person.</summary>
    [RelayCommand]
    private void Finish()
    {
        Clear();
        Step = CheckInStep.Welcome;
    }

    public void Dispose()
    {
        _idle.Dispose();
        _lobby.Dispose();
        _quietKeys.Dispose();
        _hub.TicketUpdated -= OnTicketUpdated;
        _hub.LinkChanged -= OnLinkChanged;
        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }
    }

    private static string? NameProblem(string name) =>
        string.IsNullOrWhiteSpace(name) ? "find.name-missing"
        : name.Trim().Length > MaxNameLength ? "find.name-too-long"
        : null;

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    private async Task ShowTicketAsync(TicketView ticket)
    {
        Ticket = ticket;
        Message = null;
        Problem = FindProblem.None;
        Step = CheckInStep.Done;
        var live = await CallHubAsync(() => _hub.WatchTicketAsync(ticket.Token), quiet: true);
        if (live is not null && Ticket?.Token == live.Token)
        {
            Ticket = live;
        }
    }

    private async Task<TResult?> CallHubAsync<TResult>(Func<Task<TResult>> call, bool quiet = false)
        where TResult : class
    {
        IsBusy = true;
        _refused = false;
        try
        {
            return await call();
        }
        catch (HubRefusedException e)
        {
            // The refusals a patient can meet come back as outcomes worded in their language (and a
            // refused check-in is looked up again to say why); a limit reached says to wait; anything
            // else sends them to the desk, never the hub's English reason, which the kiosk's log keeps.
            Message = quiet ? Message : T(HubRefusals.IsTooManyRequests(e.Message) ? "hub.too-many" : "hub.refused");
            _refused = true;
        }
        catch (HubUnavailableException)
        {
            Message = quiet ? Message : T("hub.unreachable");
        }
        finally
        {
            IsBusy = false;
        }

        return null;
    }

    /// <summary>Forget everything about this patient: names, birth date, appointment, ticket.</summary>
    private void Clear(bool keepAccess = false)
    {
        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }

        ClearEntry();
        ClearCode();
        ClearKeys();
        Message = null;
        Problem = FindProblem.None;
        Appointment = null;
        Ticket = null;
        WalkInReason = null;
        ClearCare();
        if (!keepAccess)
        {
            ClearAccess();
        }

        _checkInKey = Guid.Empty;
        _birth = default;
        IdleWarning = false;
        Language = KioskStrings.Fallback;
        StopIdle();
        Forgotten?.Invoke();
    }

    private void OnTicketUpdated(TicketView update)
    {
        if (Ticket?.Token == update.Token)
        {
            Ticket = update;
        }
    }

    private void OnLinkChanged(HubLink link)
    {
        OnPropertyChanged(nameof(Link));
        OnPropertyChanged(nameof(EstimateIsLive));
        _ = RefreshLobbyWaitAsync();
    }
}
