using System.ComponentModel.DataAnnotations;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.App.Hub;
using Kiosk.App.Tickets;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>
/// One patient's walk through check-in at the kiosk: welcome → find my appointment → confirm →
/// ticket. Plain C#: no UI type, so any head (Blazor today) can bind to it and tests can drive it.
/// </summary>
public sealed partial class CheckInViewModel : ObservableValidator, IDisposable
{
    public const int MaxNameLength = 100;
    private readonly IWaitingRoomGateway _hub;
    private readonly TimeProvider _time;
    private Guid _checkInKey;
    private DateOnly _birth;

    public CheckInViewModel(IWaitingRoomGateway hub, TimeProvider time)
    {
        _hub = hub;
        _time = time;
        _hub.TicketUpdated += OnTicketUpdated;
        _hub.LinkChanged += OnLinkChanged;
    }

    [ObservableProperty]
    public partial CheckInStep Step { get; set; } = CheckInStep.Welcome;

    [ObservableProperty]
    [Required(ErrorMessage = "Please type your last name.")]
    [MaxLength(MaxNameLength, ErrorMessage = "That name is too long. Please type your last name only.")]
    public partial string LastName { get; set; } = "";

    [ObservableProperty]
    public partial string BirthDay { get; set; } = "";

    [ObservableProperty]
    public partial string BirthMonth { get; set; } = "";

    [ObservableProperty]
    public partial string BirthYear { get; set; } = "";

    /// <summary>What went wrong on this step, in words for the patient; null when nothing did.</summary>
    [ObservableProperty]
    public partial string? Message { get; set; }

    [ObservableProperty]
    public partial AppointmentSummary? Appointment { get; set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(PhoneQrSvg))]
    [NotifyPropertyChangedFor(nameof(EstimateIsLive))]
    public partial TicketView? Ticket { get; set; }

    [ObservableProperty]
    public partial bool IsBusy { get; set; }

    public HubLink Link => _hub.Link;

    /// <summary>A wait shown while offline could be stale; the screen says so instead of showing it.</summary>
    public bool EstimateIsLive => _hub.Link == HubLink.Online && Ticket?.Estimate is not null;

    public string? PhoneQrSvg => Ticket is null ? null : PhoneQr.Svg(Ticket.PhoneUrl);

    [RelayCommand]
    private void Start()
    {
        Clear();
        Step = CheckInStep.FindAppointment;
    }

    [RelayCommand]
    private async Task FindAsync()
    {
        Message = null;
        ValidateAllProperties();
        if (HasErrors)
        {
            Message = GetErrors(nameof(LastName)).FirstOrDefault()?.ErrorMessage;
            return;
        }

        if (!BirthDateInput.TryRead(BirthDay, BirthMonth, BirthYear, DateOnly.FromDateTime(_time.GetLocalNow().DateTime), out var birth, out var problem))
        {
            Message = problem;
            return;
        }

        var result = await CallHubAsync(() => _hub.FindAppointmentAsync(new AppointmentLookup(LastName.Trim(), birth)));
        switch (result)
        {
            case { Outcome: LookupOutcome.Found, Appointment: { } appointment }:
                Appointment = appointment;
                _birth = birth;
                _checkInKey = Guid.NewGuid();
                Step = CheckInStep.Confirm;
                break;
            case { Outcome: LookupOutcome.AlreadyCheckedIn, ExistingTicket: { } ticket }:
                await ShowTicketAsync(ticket);
                break;
            case { Outcome: LookupOutcome.SeeReception }:
                Message = "We need to check a detail with you. Please see the front desk and we will check you in.";
                break;
            case { Outcome: LookupOutcome.NotFound }:
                Message = "We could not find an appointment today for that name and date of birth. Please check them and try again, or ask at the front desk.";
                break;
        }
    }

    [RelayCommand]
    private async Task ConfirmAsync()
    {
        if (Appointment is null || IsBusy)
        {
            return;
        }

        Message = null;
        // The key was made when the appointment was found: a double tap or a retry after a
        // dropped connection checks in once and gets the same ticket back.
        var ticket = await CallHubAsync(() => _hub.CheckInAsync(new CheckInRequest(_checkInKey, Appointment.AppointmentId, LastName.Trim(), _birth)));
        if (ticket is not null)
        {
            await ShowTicketAsync(ticket);
        }
    }

    [RelayCommand]
    private void Back()
    {
        Message = null;
        Step = Step switch
        {
            CheckInStep.Confirm => CheckInStep.FindAppointment,
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
        _hub.TicketUpdated -= OnTicketUpdated;
        _hub.LinkChanged -= OnLinkChanged;
        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }
    }

    private async Task ShowTicketAsync(TicketView ticket)
    {
        Ticket = ticket;
        Step = CheckInStep.Done;
        var live = await CallHubAsync(() => _hub.WatchTicketAsync(ticket.Token), quiet: true);
        if (live is not null && Ticket?.Token == live.Token)
        {
            Ticket = live;
        }
    }

    private async Task<T?> CallHubAsync<T>(Func<Task<T>> call, bool quiet = false)
        where T : class
    {
        IsBusy = true;
        try
        {
            return await call();
        }
        catch (HubRefusedException e)
        {
            Message = quiet ? Message : e.Message;
        }
        catch (HubUnavailableException)
        {
            Message = quiet ? Message : "We cannot reach the clinic's system right now. Please try again in a moment, or ask at the front desk.";
        }
        finally
        {
            IsBusy = false;
        }

        return null;
    }

    private void Clear()
    {
        if (Ticket is not null)
        {
            _hub.Unwatch(Ticket.Token);
        }

        LastName = "";
        BirthDay = "";
        BirthMonth = "";
        BirthYear = "";
        Message = null;
        Appointment = null;
        Ticket = null;
        _checkInKey = Guid.Empty;
        _birth = default;
        ClearErrors();
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
    }
}
