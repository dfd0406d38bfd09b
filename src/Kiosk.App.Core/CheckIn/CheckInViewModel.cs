using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Lobby;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// The flow of one patient's check-in at the kiosk: language → find my appointment (birth date, then
/// the first letters of the last name; or a code; or walk in) →
/// confirm → anything we should know → ticket. It owns the steps, the hub calls and the one
/// <see cref="PendingCheckIn"/>; what the patient enters belongs to the small ViewModels it holds
/// (<see cref="Entry"/>, <see cref="Code"/>, <see cref="WalkIn"/>, <see cref="Care"/>, …), which
/// talk to it through the session's <see cref="IMessenger"/>. Plain C#: no UI type.
/// </summary>
public sealed partial class CheckInViewModel : ObservableObject, IDisposable
{
    private readonly IWaitingRoomGateway _hub;
    private readonly TimeProvider _time;
    private readonly KioskStrings _strings;
    private readonly IMessenger _messenger;

    public CheckInViewModel(IWaitingRoomGateway hub, TimeProvider time, KioskStrings strings, IMessenger messenger, CurrentLook? look = null, OfflineKiosk? offline = null)
    {
        _hub = hub;
        _offline = offline;
        Look = look ?? new CurrentLook(ClinicLook.Plain("", time));
        _time = time;
        _strings = strings;
        _messenger = messenger;
        Entry = new EntryViewModel(messenger, strings, () => Language);
        Code = new CodeViewModel(messenger);
        WalkIn = new WalkInViewModel(messenger, Entry, time);
        Care = new CareViewModel(messenger, strings);
        Access = new AccessViewModel(messenger);
        Idle = new IdleViewModel(messenger, time);
        Lobby = new LobbyWaitViewModel(hub, strings, time, messenger);
        Scanner = new ScannerViewModel(messenger, time);
        Listen();
        _hub.TicketUpdated += OnTicketUpdated;
        _hub.LinkChanged += OnLinkChanged;
        if (offline is not null)
        {
            offline.Outbox.Delivered += OnDelivered;
            offline.Outbox.DepthChanged += OnOutboxChanged;
            offline.Copies.Changed += OnCopyChanged;
        }
    }

    public EntryViewModel Entry { get; }
    public CodeViewModel Code { get; }
    public WalkInViewModel WalkIn { get; }
    public CareViewModel Care { get; }
    public AccessViewModel Access { get; }
    public IdleViewModel Idle { get; }
    public LobbyWaitViewModel Lobby { get; }
    public ScannerViewModel Scanner { get; }

    /// <summary>Every part a view may bind to, so a head can re-render when any of them changes.</summary>
    public IReadOnlyList<ObservableObject> Parts => [this, Entry, Code, WalkIn, Care, Access, Idle, Lobby];

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
    public partial bool IsBusy { get; set; }

    public IReadOnlyList<string> Languages => _strings.Languages;

    public HubLink Link => _hub.Link;

    /// <summary>The clinic's name, colour, logo and time format, as the hub last said them.</summary>
    public CurrentLook Look { get; }

    /// <summary>A clinic-local time as the clinic writes it everywhere ("14:05" or "2:05 PM").</summary>
    public string Clock(TimeOnly time) => Look.Value.Time(time);

    /// <summary>A text in the patient's language.</summary>
    public string T(string key) => _strings.Get(Language, key);

    public string T(string key, params (string Name, object Value)[] values) => _strings.Format(Language, key, values);

    /// <summary>A text in a given language: the attract screen speaks every language at once.</summary>
    public string TextIn(string language, string key) => _strings.Get(language, key);

    /// <summary>Any touch or key press on the screen: the patient is still here.</summary>
    public void Touch() => Idle.Touch();

    /// <summary>A key from a scanner or a physical keyboard, with the time it was pressed.</summary>
    public Task KeyAsync(string key, TimeSpan at) => Scanner.KeyAsync(key, at);

    /// <summary>Touching "Touch to check in" in a language starts the visit in that language.</summary>
    [RelayCommand]
    private void Start(string? language)
    {
        // Larger text, contrast or reach chosen on the attract screen stay for this patient's visit.
        Forget(keepAccess: true);
        Language = language is not null && _strings.Has(language) ? language : KioskStrings.Fallback;
        Entry.StartFind();
        Step = CheckInStep.FindAppointment;
        Touch();
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
            CheckInStep.Confirm => Pending is PendingCheckIn.ByCode ? CheckInStep.Code : CheckInStep.FindAppointment,
            CheckInStep.Code => CheckInStep.FindAppointment,
            CheckInStep.WalkInDetails => CheckInStep.WalkInReason,
            CheckInStep.WalkInReason => CheckInStep.FindAppointment,
            CheckInStep.Needs => Pending is PendingCheckIn.WalkIn ? CheckInStep.WalkInDetails : CheckInStep.Confirm,
            CheckInStep.Question when Ticket is not null => CheckInStep.Done,
            CheckInStep.Question when Queued is not null => CheckInStep.Queued,
            _ => CheckInStep.Welcome,
        };
        if (Step == CheckInStep.FindAppointment)
        {
            // Back from the code (or from "Is this you?"): the keys type the date or the name again, not the code.
            Entry.StartFind();
        }

        if (Step == CheckInStep.Welcome)
        {
            // Back to the attract screen is where the next patient starts, with the usual screen; but a
            // patient in speech mode pressed 0 to go back a step and is still there, listening.
            Forget(keepAccess: Access.SpeechMode);
        }
    }

    /// <summary>The patient is finished: nothing of theirs stays on the screen for the next person.</summary>
    [RelayCommand]
    private void Finish()
    {
        Forget();
        Step = CheckInStep.Welcome;
    }

    /// <summary>
    /// "Start again" on "Do you need more time?": the patient is still there, so what they typed is
    /// forgotten but the way they use the screen (speech, larger text) is not.
    /// </summary>
    [RelayCommand]
    private void StartAgain()
    {
        Forget(keepAccess: true);
        Step = CheckInStep.Welcome;
    }

    /// <summary>"I have a question" on the ticket screen.</summary>
    [RelayCommand]
    private void AskQuestion()
    {
        if (QuestionToken is null)
        {
            return;
        }

        Message = null;
        Step = CheckInStep.Question;
    }

    partial void OnStepChanged(CheckInStep value) => _messenger.Send(new StepChanged(value));

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    /// <summary>Forget everything about this patient (names, birth date, appointment, ticket), in every part.</summary>
    private void Forget(bool keepAccess = false)
    {
        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }

        Message = null;
        Problem = FindProblem.None;
        Appointment = null;
        _lettersNotFound.Clear();
        _lettersAsked = null;
        Ticket = null;
        Queued = null;
        Times = null;
        Pending = null;
        Session = Guid.NewGuid();
        Language = KioskStrings.Fallback;
        _messenger.Send(new PatientForgotten(keepAccess));
    }

    private void OnLinkChanged(HubLink link)
    {
        // "We cannot reach the clinic's system" is true only while it is: once the hub is back it would mislead.
        if (link == HubLink.Online && Message == T("hub.unreachable"))
        {
            Message = null;
        }

        OnPropertyChanged(nameof(Link));
        OnPropertyChanged(nameof(CopyAgeMinutes));
        OnPropertyChanged(nameof(EstimateIsLive));
    }

    public void Dispose()
    {
        _messenger.UnregisterAll(this);
        Idle.Dispose();
        Lobby.Dispose();
        Scanner.Dispose();
        foreach (var part in new object[] { Entry, Code, WalkIn, Care, Access })
        {
            _messenger.UnregisterAll(part);
        }

        _hub.TicketUpdated -= OnTicketUpdated;
        _hub.LinkChanged -= OnLinkChanged;
        if (_offline is not null)
        {
            _offline.Outbox.Delivered -= OnDelivered;
            _offline.Outbox.DepthChanged -= OnOutboxChanged;
            _offline.Copies.Changed -= OnCopyChanged;
        }

        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }
    }
}
