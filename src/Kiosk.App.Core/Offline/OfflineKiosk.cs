using Kiosk.Contracts;

namespace Kiosk.App.Core.Offline;

/// <summary>What the check-in screens use when the hub may be away: the outbox and the appointment copy.</summary>
public sealed class OfflineKiosk(Outbox outbox, OfflineAppointments appointments, AppointmentCopyStore copies)
{
    public Outbox Outbox { get; } = outbox;

    public OfflineAppointments Appointments { get; } = appointments;

    public AppointmentCopyStore Copies { get; } = copies;

    /// <summary>The phone page for a token the kiosk made itself; null without a copy (it says where the hub's phone pages are).</summary>
    public string? PhoneLink(string token) =>
        Copies.Current() is { } copy ? $"{copy.PhoneBase.TrimEnd('/')}{HubRoutes.PhonePage(token)}" : null;
}

/// <summary>A check-in the screen told the patient about while the hub had not yet confirmed it.</summary>
public sealed record QueuedCheckIn(Guid Key, string Token, string? PhoneLink, string? FirstName);
