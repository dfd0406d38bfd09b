using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>"Is this you?" → "Anything we should know today?" → the check-in is sent → the ticket, live.</summary>
public sealed partial class CheckInViewModel
{
    /// <summary>What "Check me in" will send; null until the patient is found or has given their walk-in details.</summary>
    [ObservableProperty]
    public partial PendingCheckIn? Pending { get; private set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(PhoneLink))]
    [NotifyPropertyChangedFor(nameof(EstimateIsLive))]
    public partial TicketView? Ticket { get; set; }

    /// <summary>A wait shown while offline could be stale; the screen says so instead of showing it.</summary>
    public bool EstimateIsLive => _hub.Link == HubLink.Online && Ticket?.Estimate is not null;

    /// <summary>
    /// The ticket's phone link, carrying the patient's language so the phone page can speak it too.
    /// The view draws it as a QR code.
    /// </summary>
    public string? PhoneLink => Ticket is null ? null
        : Language == KioskStrings.Fallback ? Ticket.PhoneUrl
        : $"{Ticket.PhoneUrl}{(Ticket.PhoneUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Uri.EscapeDataString(Language)}";

    /// <summary>Why the wait is what it is, in the patient's language; the hub's English (and says so) when it sent no sentences to word.</summary>
    public (string Text, bool InEnglish) ReasonFor(WaitRange estimate) => estimate.ReasonParts.Count == 0
        ? (estimate.Reason, true)
        : (string.Join(" ", estimate.ReasonParts.Select(p => T($"reason.{p.Key}", [.. p.Values.Select(v => (v.Key, (object)v.Value))]))), false);

    [RelayCommand]
    private void Confirm()
    {
        if (Appointment is null || Pending is null || IsBusy)
        {
            return;
        }

        Message = null;
        Step = CheckInStep.Needs;
    }

    /// <summary>Sends the pending check-in (appointment, code or walk-in) with whatever was chosen on the care step.</summary>
    [RelayCommand]
    private async Task SendAsync()
    {
        if (IsBusy || Pending is not { } pending)
        {
            return;
        }

        Message = null;
        var care = Care.Notes();
        if (_offline is { } offline)
        {
            await SubmitAsync(offline, pending, care);
            return;
        }

        var (ticket, refusal) = await CallHubAsync(() => pending.SendAsync(_hub, care));
        if (ticket is not null)
        {
            await ShowTicketAsync(ticket);
        }
        else if (refusal?.Code == RefusalCodes.TooLate && Appointment is { } appointment)
        {
            ShowTooLate(appointment);
        }
    }

    /// <summary>
    /// A check-in refused after "Is this you?" because the window closed while the patient chose:
    /// the refusal's code says so, and the appointment shown a moment ago gives its time (the too-late screen shows no opening time).
    /// </summary>
    private void ShowTooLate(AppointmentSummary appointment)
    {
        Appointment = null;
        ShowNotNow(FindProblem.TooLate, new CheckInTimes(appointment.Time, appointment.Time));
    }

    private async Task ShowTicketAsync(TicketView ticket)
    {
        Ticket = ticket;
        Message = null;
        Problem = FindProblem.None;
        Step = CheckInStep.Done;
        var (live, _) = await CallHubAsync(() => _hub.WatchTicketAsync(ticket.Token), quiet: true);
        if (live is not null && Ticket?.Token == live.Token)
        {
            Ticket = live;
        }
    }

    /// <summary>One hub call, with the screen busy meanwhile; a refusal or an unreachable hub is worded for the patient.</summary>
    /// <remarks><paramref name="copyFallsBack"/>: an unreachable hub is not worded, the kiosk's copy answers instead.</remarks>
    private async Task<(TResult? Answer, Refusal? Refusal)> CallHubAsync<TResult>(Func<Task<HubResult<TResult>>> call, bool quiet = false, bool copyFallsBack = false)
        where TResult : class
    {
        IsBusy = true;
        try
        {
            var result = await call();
            if (result.Refusal is { } refusal && !quiet)
            {
                // The refusals a patient can meet come back as outcomes worded in their language (a check-in
                // too late is shown by its caller); a limit reached says to wait; anything else sends them
                // to the desk, never the hub's English reason, which the kiosk's log keeps.
                Message = T(refusal.Code == HubRefusals.TooManyRequests ? "hub.too-many" : "hub.refused");
            }

            return (result.Value, result.Refusal);
        }
        catch (HubUnavailableException)
        {
            Message = quiet || copyFallsBack ? Message : T("hub.unreachable");
            return (null, null);
        }
        finally
        {
            IsBusy = false;
        }
    }

    private void OnTicketUpdated(TicketView update)
    {
        if (Ticket?.Token == update.Token)
        {
            Ticket = update;
        }
    }
}
