using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>
/// Check-ins a kiosk took while it could not reach the hub, delivered late from its outbox. A patient
/// the kiosk told "you're checked in" is never turned away silently: whatever became of it is kept
/// for reception (<see cref="OfflineCheckIn"/>), and the kiosk is answered so it stops retrying.
/// </summary>
public sealed partial class WaitingRoomDay
{
    /// <summary>
    /// Delivers one outbox item. <paramref name="checkIn"/> is the ordinary check-in, made as of the
    /// moment the kiosk took it (the wait counts from then, and the check-in window is judged then)
    /// with the kiosk's phone token. The same key again gives the first answer. What a person at the
    /// desk would do decides the rest: already checked in → one visit, the kiosk's QR code opens it
    /// too; booking gone meanwhile → added as a walk-in with the booked provider, for the desk to talk
    /// to them; taken on an earlier day → not added today; any other refusal → kept for the desk to find them.
    /// </summary>
    public OutboxDelivery Deliver(OutboxArrival arrival, DateTimeOffset now, CareNeeds? care, Func<DateTimeOffset, string?, CheckInOutcome> checkIn)
    {
        if (_visitByCheckInKey.TryGetValue(arrival.Key, out var firstVisitId))
        {
            return new(new CheckInOutcome(VisitById(firstVisitId)!, Created: false), null);
        }

        if (Desk.Offline.FirstOrDefault(o => o.Key == arrival.Key) is { } earlier)
        {
            return earlier.VisitId is { } id
                ? new(new CheckInOutcome(VisitById(id)!, Created: false), null)
                : new(null, Refusal(earlier.Outcome));
        }

        var at = arrival.RecordedAt < now ? arrival.RecordedAt : now;
        if (DateOnly.FromDateTime(Clinic.LocalTime(at).DateTime) < Day)
        {
            Keep(arrival, OfflineOutcome.EarlierDay, at, now, visitId: null, nameof(CheckInRefusal.NotToday));
            return new(null, Refusal(OfflineOutcome.EarlierDay));
        }

        try
        {
            var outcome = checkIn(at, arrival.Token);
            Keep(arrival, outcome.Created ? OfflineOutcome.Added : OfflineOutcome.AlreadyHere, at, now, outcome.Visit.Id);
            return new(outcome, null);
        }
        catch (CheckInRefusedException e) when (arrival.Told && e.Reason == CheckInRefusal.AppointmentNotFound && arrival.Copy is { } copy)
        {
            var (providerId, visitTypeId) = Clinic.Providers.Any(p => p.Id == copy.ProviderId) && Clinic.VisitTypes.Any(t => t.Id == copy.VisitTypeId)
                ? (copy.ProviderId, copy.VisitTypeId)
                : WalkInRoute("other");
            var outcome = WalkIn(arrival.Key, copy.Patient, providerId, visitTypeId, arrival.Kiosk, at, care, token: arrival.Token);
            Keep(arrival, OfflineOutcome.BookingGone, at, now, outcome.Visit.Id);
            return new(outcome, null);
        }
        catch (CheckInRefusedException e) when (arrival.Told)
        {
            Keep(arrival, OfflineOutcome.NotAccepted, at, now, visitId: null, e.Reason.ToString());
            return new(null, e);
        }
    }

    /// <summary>Reception has looked at a late check-in (found the patient, talked to them).</summary>
    public OfflineCheckIn SeenOffline(Guid id, string by, DateTimeOffset now)
    {
        var offline = Desk.Offline.FirstOrDefault(o => o.Id == id)
            ?? throw new DeskRefusedException(DeskRefusal.AlertNotFound, "That late check-in is not known; it may be from another day.");
        return offline.SeenBy is null ? Desk.Seen(offline, by, now) : offline;
    }

    /// <summary>Only what the patient was told is kept for reception; a check-in the screen answered itself needs no second look.</summary>
    private void Keep(OutboxArrival arrival, OfflineOutcome outcome, DateTimeOffset at, DateTimeOffset now, Guid? visitId, string? reason = null)
    {
        if (arrival.Told)
        {
            Desk.Add(new OfflineCheckIn(Guid.NewGuid(), arrival.Key, arrival.Kiosk, outcome, at, now, visitId, arrival.Token, arrival.Patient.DisplayName, reason));
        }
    }

    private static CheckInRefusedException Refusal(OfflineOutcome outcome) => outcome == OfflineOutcome.EarlierDay
        ? new(CheckInRefusal.NotToday, "This check-in was taken on an earlier day; it was not added to today's room, and reception can see it.")
        : new(CheckInRefusal.SeeDesk, "This check-in could not be accepted; reception can see it and will find the patient.");
}
