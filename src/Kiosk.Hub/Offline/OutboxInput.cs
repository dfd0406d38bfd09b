using Kiosk.Contracts.Offline;
using Kiosk.Hub.Realtime;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Offline;

/// <summary>Checks a kiosk's outbox stamp before anything is read, and turns it into the domain's <see cref="OutboxArrival"/>.</summary>
public static class OutboxInput
{
    /// <summary>Older than this, a stamp is nonsense rather than late: the kiosk's clock or data is broken.</summary>
    private static readonly TimeSpan OldestLate = TimeSpan.FromDays(30);

    /// <summary>A kiosk clock a little ahead is forgiven (the arrival counts as now); a day ahead is not.</summary>
    private static readonly TimeSpan FurthestAhead = TimeSpan.FromDays(1);

    public static OutboxArrival? Arrival(OutboxStamp? stamp, Guid key, string kiosk, PatientIdentity patient, ClinicProfile clinic, DateTimeOffset now)
    {
        if (stamp is null)
        {
            return null;
        }

        if (stamp.RecordedAt < now - OldestLate || stamp.RecordedAt > now + FurthestAhead)
        {
            throw RefusedException.Invalid(nameof(OutboxStamp.RecordedAt), "The outbox says this check-in happened at a time that cannot be right; check the kiosk's clock.");
        }

        if (!HubInput.LooksLikeToken(stamp.Token))
        {
            throw RefusedException.Invalid(nameof(OutboxStamp.Token), "The outbox's phone token is not one a kiosk makes.");
        }

        var copy = stamp.Copy is { } c ? Copied(c, clinic) : null;
        return new OutboxArrival(key, kiosk, stamp.RecordedAt, stamp.Token, stamp.ToldCheckedIn, copy?.Patient ?? patient, copy);
    }

    private static Appointment Copied(CopiedAppointment c, ClinicProfile clinic)
    {
        const string noName = "The outbox's copy of the appointment has no usable name.";
        var patient = new PatientIdentity(HubInput.Name(c.FirstName, nameof(c.FirstName), noName), HubInput.Name(c.LastName, nameof(c.LastName), noName), c.DateOfBirth);
        if (c.Id == Guid.Empty || c.ProviderId is not { Length: > 0 and <= 64 } || c.VisitTypeId is not { Length: > 0 and <= 64 })
        {
            throw RefusedException.Invalid(nameof(OutboxStamp.Copy), "The outbox's copy of the appointment is incomplete.");
        }

        return new Appointment(c.Id, DateOnly.FromDateTime(clinic.LocalTime(c.StartsAt).DateTime), c.StartsAt, c.ProviderId, c.VisitTypeId, patient, ConfirmationCode: c.Code);
    }
}
