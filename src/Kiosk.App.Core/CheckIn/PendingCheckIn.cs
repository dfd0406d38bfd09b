using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts.Offline;
using Kiosk.Contracts;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// The one check-in "Check me in" will send, made explicit when the patient is found (or gives their
/// walk-in details), with its idempotency key: a double tap or a retry after a dropped connection
/// sends the same key and gets the same ticket. Which hub call to make follows from its kind.
/// </summary>
public abstract record PendingCheckIn(Guid Key)
{
    /// <summary>Found by last name and birth date.</summary>
    public sealed record ByName(Guid Key, Guid AppointmentId, string LastName, DateOnly Birth, CopiedAppointment? Copy = null) : PendingCheckIn(Key);

    /// <summary>Found by the confirmation code from the reminder letter, in the kiosk session <paramref name="Session"/>.</summary>
    public sealed record ByCode(Guid Key, string Code, Guid Session = default, CopiedAppointment? Copy = null) : PendingCheckIn(Key);

    /// <summary>"I don't have an appointment": a reason, a name and a birth date.</summary>
    public sealed record WalkIn(Guid Key, string FirstName, string LastName, DateOnly Birth, string Reason) : PendingCheckIn(Key);

    /// <summary>Asks the hub to check this patient in, with whatever they chose on the care step.</summary>
    public Task<HubResult<TicketView>> SendAsync(IWaitingRoomGateway hub, CareNotes? care) => this switch
    {
        WalkIn w => hub.WalkInAsync(new WalkInRequest(w.Key, w.FirstName, w.LastName, w.Birth, w.Reason, care)),
        ByCode c => hub.CheckInByCodeAsync(new CodeCheckInRequest(c.Key, c.Code, care, c.Session)),
        ByName n => hub.CheckInAsync(new CheckInRequest(n.Key, n.AppointmentId, n.LastName, n.Birth, care)),
        _ => throw new InvalidOperationException($"Unknown check-in kind {GetType().Name}."),
    };

    /// <summary>
    /// The same check-in through the kiosk's outbox: recorded on disk first, then sent, or kept for when the
    /// hub is back. <paramref name="copy"/> is the appointment as the kiosk's copy had it (found offline).
    /// </summary>
    public Task<OutboxAnswer<TicketView>> SubmitAsync(Outbox outbox, CareNotes? care) => this switch
    {
        WalkIn w => outbox.WalkInAsync(new WalkInRequest(w.Key, w.FirstName, w.LastName, w.Birth, w.Reason, care)),
        ByCode c => outbox.CheckInByCodeAsync(new CodeCheckInRequest(c.Key, c.Code, care, c.Session), c.Copy),
        ByName n => outbox.CheckInAsync(new CheckInRequest(n.Key, n.AppointmentId, n.LastName, n.Birth, care), n.Copy),
        _ => throw new InvalidOperationException($"Unknown check-in kind {GetType().Name}."),
    };

    /// <summary>The appointment as the kiosk's copy had it, when it was found offline.</summary>
    public CopiedAppointment? Copied => this switch
    {
        ByName n => n.Copy,
        ByCode c => c.Copy,
        _ => null,
    };
}
