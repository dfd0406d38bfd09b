using Kiosk.App.Core.Hub;
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
    public sealed record ByName(Guid Key, Guid AppointmentId, string LastName, DateOnly Birth) : PendingCheckIn(Key);

    /// <summary>Found by the confirmation code from the reminder letter, in the kiosk session <paramref name="Session"/>.</summary>
    public sealed record ByCode(Guid Key, string Code, Guid Session = default) : PendingCheckIn(Key);

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
}
