using CommunityToolkit.Mvvm.ComponentModel;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts;
using Kiosk.Contracts.Localization;
using Kiosk.Contracts.Offline;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// The same flow while the hub is out of reach: patients are found in the kiosk's copy of today's
/// appointments, and "Check me in" goes through the outbox, which may keep it for later. The screen
/// then says the truth: checked in, the desk will see it in a moment, no wait yet; the real ticket
/// replaces that as soon as the outbox has delivered it.
/// </summary>
public sealed partial class CheckInViewModel
{
    private readonly OfflineKiosk? _offline;

    /// <summary>The last lookup was answered from the copy (not the hub): its check-in carries the copied appointment.</summary>
    private bool _answeredFromCopy;

    /// <summary>The check-in the screen confirmed from the outbox before the hub had it; null otherwise.</summary>
    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(QueuedPhoneLink))]
    public partial QueuedCheckIn? Queued { get; private set; }

    /// <summary>The queued check-in's phone link (it works once the hub has the visit), in the patient's language.</summary>
    public string? QueuedPhoneLink => Queued?.PhoneLink is not { } link ? null
        : Language == KioskStrings.Fallback ? link : $"{link}?lang={Uri.EscapeDataString(Language)}";

    /// <summary>The visit a question is for: the ticket's, or the token the kiosk gave a check-in it still keeps (the question follows it through the outbox).</summary>
    public string? QuestionToken => Ticket?.Token ?? Queued?.Token;

    /// <summary>Whether this kiosk keeps an outbox (it is enrolled): the banner then shows its depth and the copy's age.</summary>
    public bool HasOutbox => _offline is not null;

    /// <summary>Things this kiosk still has to tell the hub.</summary>
    public int OutboxDepth => _offline?.Outbox.Depth ?? 0;

    /// <summary>When the kiosk's copy of today's appointments was taken; null without one.</summary>
    public DateTimeOffset? CopyTakenAt => _offline?.Copies.TakenAt;

    /// <summary>How old the copy is, in whole minutes, for the connection banner.</summary>
    public int? CopyAgeMinutes => CopyTakenAt is { } at ? (int)Math.Max(0, (_time.GetUtcNow() - at).TotalMinutes) : null;

    private bool LooksUpOffline => _offline is not null && _hub.Link != HubLink.Online;

    /// <summary>
    /// A lookup at the hub, or in the copy while the hub is away (or goes away during the call). Without a
    /// copy the patient is told honestly that appointments cannot be looked up right now (null).
    /// </summary>
    private async Task<AppointmentLookupResult?> LookUpAsync(
        Func<Task<HubResult<AppointmentLookupResult>>> atHub, Func<OfflineAppointments, AppointmentLookupResult?> inCopy)
    {
        _answeredFromCopy = false;
        if (!LooksUpOffline)
        {
            var (result, refusal) = await CallHubAsync(atHub, copyFallsBack: _offline is not null);
            if (result is not null || refusal is not null || _offline is null)
            {
                return result;
            }

            // Neither answer nor refusal: the hub could not be reached; the copy answers.
        }

        var offline = inCopy(_offline!.Appointments);
        _answeredFromCopy = offline is not null;
        if (offline is null)
        {
            Problem = FindProblem.NoCopy;
            Message = T("offline.no-copy");
        }

        return offline;
    }

    /// <summary>"Check me in" through the outbox: sent now, or kept and confirmed honestly.</summary>
    private async Task SubmitAsync(OfflineKiosk offline, PendingCheckIn pending, CareNotes? care)
    {
        IsBusy = true;
        OutboxAnswer<TicketView> answer;
        try
        {
            answer = await pending.SubmitAsync(offline.Outbox, care);
        }
        finally
        {
            IsBusy = false;
        }

        switch (answer)
        {
            case OutboxAnswer<TicketView>.Sent { Result: { Value: { } ticket } }:
                await ShowTicketAsync(ticket);
                break;
            case OutboxAnswer<TicketView>.Sent { Result.Refusal: { } refusal }:
                if (refusal.Code == RefusalCodes.TooLate && Appointment is { } appointment)
                {
                    ShowTooLate(appointment);
                }
                else
                {
                    Message = T(refusal.Code == HubRefusals.TooManyRequests ? "hub.too-many" : "hub.refused");
                }

                break;
            case OutboxAnswer<TicketView>.Queued { Entry: var entry }:
                if (pending.Copied is { } copy)
                {
                    offline.Appointments.CheckedInHere(copy.Id);
                }

                ShowQueued(entry, pending.Copied);
                break;
        }
    }

    private void ShowQueued(OutboxEntry entry, CopiedAppointment? copy)
    {
        var token = entry.Token ?? "";
        Queued = new QueuedCheckIn(entry.Key, token, _offline?.PhoneLink(token), copy?.FirstName ?? Appointment?.FirstName);
        Ticket = null;
        Message = null;
        Problem = FindProblem.None;
        Step = CheckInStep.Queued;
    }

    /// <summary>The outbox delivered a check-in: if this screen still confirms it, the real ticket takes its place.</summary>
    private void OnDelivered(OutboxDelivery delivery)
    {
        if (Queued is not { } queued || queued.Key != delivery.Entry.Key || delivery.Ticket?.Value is not { } ticket)
        {
            return;
        }

        Queued = null;
        if (Step == CheckInStep.Queued)
        {
            _ = ShowTicketAsync(ticket);
        }
        else
        {
            // Asking a question meanwhile: back from it goes to the real ticket, followed live.
            Ticket = ticket;
            _ = CallHubAsync(() => _hub.WatchTicketAsync(ticket.Token), quiet: true);
        }
    }

    private void OnOutboxChanged(int depth) => OnPropertyChanged(nameof(OutboxDepth));

    private void OnCopyChanged(AppointmentCopy? copy) => OnPropertyChanged(nameof(CopyTakenAt));
}
