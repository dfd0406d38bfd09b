using System.Globalization;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>
/// The desk's rules: calling to one of the clinic's rooms, where a walk-in goes, urgent alerts
/// (one open "I need help now" per visit, which the patient may take back; the first "I'm going" wins), ratings once seen,
/// "spoken to" only when overdue, and "Not now" only to a suggestion there is.
/// </summary>
public sealed partial class WaitingRoomDay
{
    /// <summary>Calls a waiting patient to one of the clinic's rooms, spelt as the clinic spells it.</summary>
    public VisitEvent Call(Guid visitId, string room, string by, DateTimeOffset now)
    {
        var toRoom = Clinic.KnownRoom(room)
            ?? throw new DeskRefusedException(DeskRefusal.UnknownRoom, $"'{room.Trim()}' is not one of the clinic's rooms: {string.Join(", ", Clinic.Rooms)}.");
        var visit = VisitById(visitId) ?? throw new VisitNotFoundException();
        return visit.Call(toRoom, by, now);
    }

    /// <summary>Where a walk-in with this reason goes: the clinic's visit type for it, with the provider whose line is shortest.</summary>
    public (string ProviderId, string VisitTypeId) WalkInRoute(string reason) =>
        (Clinic.Providers.MinBy(p => Queue(p.Id).Count)!.Id, Clinic.WalkInVisitType(reason).Id);

    /// <summary>"I need help now" from the patient's phone. False when their last one is still open: pressing again changes nothing.</summary>
    public bool NeedHelp(Visit visit, string by, DateTimeOffset now)
    {
        if (visit.State is not (VisitState.Arrived or VisitState.Called))
        {
            throw new DeskRefusedException(DeskRefusal.NotInWaitingRoom, "You are no longer in the waiting room. If you need help, please tell any member of staff.");
        }

        if (Desk.LatestHelp(visit.Id) is { IsOpen: true })
        {
            return false;
        }

        Desk.Raise(new DeskAlert(Guid.NewGuid(), visit.Id, DeskAlertKind.HelpNow, by, now));
        return true;
    }

    /// <summary>
    /// "I no longer need help" from the patient's phone: their open "I need help now" is taken back and
    /// leaves the desk's screens. False when none is open (already withdrawn, or someone is going): nothing changes.
    /// </summary>
    public bool NoLongerNeedHelp(Visit visit, DateTimeOffset now)
    {
        if (Desk.LatestHelp(visit.Id) is not { IsOpen: true } open)
        {
            return false;
        }

        Desk.Withdraw(open, now);
        return true;
    }

    /// <summary>"I'm going" to an alert: the first to say it is recorded; anyone after is told who went.</summary>
    public DeskAlert Going(Guid alertId, string by, DateTimeOffset now)
    {
        var alert = Desk.Alerts.FirstOrDefault(a => a.Id == alertId)
            ?? throw new DeskRefusedException(DeskRefusal.AlertNotFound, "That alert is not known; it may be from another day.");
        if (alert.IsWithdrawn)
        {
            throw new DeskRefusedException(DeskRefusal.NoLongerNeeded, $"Ticket {VisitById(alert.VisitId)?.Ticket.Code ?? "?"} said from their phone at {WallClock(alert.WithdrawnAt!.Value)} that they no longer need help.");
        }

        if (!alert.IsOpen)
        {
            throw new DeskRefusedException(DeskRefusal.SomeoneElseIsGoing, $"{alert.GoingBy} is already going to ticket {VisitById(alert.VisitId)?.Ticket.Code ?? "?"} (since {WallClock(alert.GoingAt!.Value)}).");
        }

        return Desk.Answer(alert, by, now);
    }

    /// <summary>"How was your visit today?", once the patient has been seen (in the room or done). A second answer replaces the first.</summary>
    public void Rate(Visit visit, PatientRating rating, DateTimeOffset now)
    {
        if (visit.State is not (VisitState.InRoom or VisitState.Done))
        {
            throw new DeskRefusedException(DeskRefusal.NotSeenYet, "You can tell us how your visit went once you have been seen.");
        }

        Desk.Rate(new VisitRated(visit.Id, rating, now));
    }

    /// <summary>When to nudge the desk about a visit promised <paramref name="promisedHighMinutes"/> at most at check-in.</summary>
    public DateTimeOffset? NudgeAt(Visit visit, int? promisedHighMinutes) => Nudge.At(visit, promisedHighMinutes, Desk.SpokenTo(visit.Id));

    /// <summary>
    /// "I've spoken to them", only for a patient still waiting past their promise; the next nudge
    /// is due when what they are being shown now (<paramref name="showingHighMinutes"/>) has passed.
    /// </summary>
    public SpokenToPatient AcknowledgeOverdue(Guid visitId, int? promisedHighMinutes, int? showingHighMinutes, string by, DateTimeOffset now)
    {
        var visit = VisitById(visitId) ?? throw new VisitNotFoundException();
        if (visit.State != VisitState.Arrived)
        {
            throw new DeskRefusedException(DeskRefusal.NotWaiting, $"Ticket {visit.Ticket.Code} is no longer waiting.");
        }

        if (!Nudge.IsOverdue(visit, NudgeAt(visit, promisedHighMinutes), now))
        {
            var spokenTo = Desk.SpokenTo(visit.Id);
            throw new DeskRefusedException(spokenTo is null ? DeskRefusal.NotOverdue : DeskRefusal.AlreadySpokenTo, spokenTo is { } s
                ? $"{s.By} spoke to ticket {visit.Ticket.Code} at {WallClock(s.At)}; they have not waited past what they were told since."
                : $"Ticket {visit.Ticket.Code} has not waited past what they were told yet.");
        }

        var spoken = new SpokenToPatient(visit.Id, by, now, Nudge.NextPromiseBy(now, showingHighMinutes));
        Desk.Add(spoken);
        return spoken;
    }

    /// <summary>The providers who seem to be running late beyond what the desk said, less those the desk said "Not now" to.</summary>
    public IReadOnlyList<(Provider Provider, int Minutes)> DelaySuggestions(DateTimeOffset now) =>
        [.. Clinic.Providers
            .Select(p => (Provider: p, Minutes: InferredDelay.For(this, p.Id, now)))
            .Where(s => s.Minutes is { } m && Desk.NotNow(s.Provider.Id)?.Hides(m, now) != true)
            .Select(s => (s.Provider, s.Minutes!.Value))];

    /// <summary>"Not now" to a provider's delay suggestion: refused when nothing suggests a delay.</summary>
    public DelayNotNow DismissDelaySuggestion(string providerId, string by, DateTimeOffset now)
    {
        var minutes = InferredDelay.For(this, providerId, now)
            ?? throw new DeskRefusedException(DeskRefusal.NoDelaySuggested, $"Nothing suggests {Clinic.Provider(providerId).Name} is running late now.");
        var notNow = new DelayNotNow(providerId, minutes, by, now, now + DelayNotNow.For);
        Desk.Add(notNow);
        return notNow;
    }

    private void NoteCare(Visit visit, CareNeeds? care, string by, DateTimeOffset now)
    {
        if (care is null)
        {
            return;
        }

        Desk.Note(visit.Id, care);
        if (care.FeelingWorse)
        {
            Desk.Raise(new DeskAlert(Guid.NewGuid(), visit.Id, DeskAlertKind.FeelingWorse, by, now));
        }
    }

    private string WallClock(DateTimeOffset at) => Clinic.LocalTime(at).ToString("HH:mm", CultureInfo.InvariantCulture);
}
