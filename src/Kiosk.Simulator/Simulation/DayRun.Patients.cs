using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Simulation;

internal sealed partial class DayRun
{
    private void Arrive(PlannedPatient patient, int index)
    {
        var booking = patient.Booking!;
        var identity = booking.Patient;
        var visit = _room.CheckIn(patient.CheckInKey, booking.Id, identity.LastName, identity.DateOfBirth, Kiosk, _clock.At(_now)).Visit;
        Arrived(patient, visit);
        SchedulePatience(patient, index, Math.Max(_now, patient.BookedAt));

        // Nobody can move an appointment before the patient arrives: the desk moves them at check-in.
        if (ProviderOf(visit.ProviderId).Sick)
        {
            MoveToAnother(visit);
            return;
        }

        CallNext(ProviderOf(visit.ProviderId));
    }

    private void WalkIn(PlannedPatient patient, int index)
    {
        var provider = WalkInProvider(patient.VisitTypeId);
        var identity = patient.Identity;
        var visit = _room.WalkIn(patient.CheckInKey, identity, provider.Id, patient.VisitTypeId, Kiosk, _clock.At(_now)).Visit;
        Arrived(patient, visit);
        SchedulePatience(patient, index, _now);
        CallNext(provider);
    }

    private void Arrived(PlannedPatient patient, Visit visit)
    {
        patient.Visit = visit;
        _patientByVisit[visit.Id] = patient;
        _log.Visit(SimulatedEventKind.Arrived, visit, _now, patient.Booking is null ? "walk-in" : null);
    }

    private void SchedulePatience(PlannedPatient patient, int index, long from)
    {
        if (!double.IsPositiveInfinity(patient.PatienceSeconds) && patient.CheckInKey != _stays)
        {
            _queue.At(from + (long)patient.PatienceSeconds, new(EventKind.PatienceRunsOut, index));
        }
    }

    private void NoShow(PlannedPatient patient)
    {
        var visit = _room.MarkNoShow(patient.Booking!.Id, Desk, _clock.At(_now));
        _log.NoShow(visit, _now);
    }

    private void RunOutOfPatience(PlannedPatient patient)
    {
        if (patient.Visit is { IsWaiting: true } visit)
        {
            visit.MarkLeft(Desk, _clock.At(_now));
            _log.Visit(SimulatedEventKind.LeftWithoutBeingSeen, visit, _now);
        }
    }

    /// <summary>The shortest line among the healthy walk-in providers still in their hours (any healthy one after hours).</summary>
    private ProviderState WalkInProvider(string visitTypeId)
    {
        var takers = _scenario.Patients.WalkIns!.Providers
            .Select(ProviderOf)
            .Where(p => !p.Sick)
            .DefaultIfEmpty(_providers.First(p => !p.Sick))
            .ToList();
        var inHours = takers.Where(p => _now < SimClock.Seconds(p.Spec.End)).ToList();
        var candidates = inHours.Count > 0 ? inHours : takers;
        var preferred = candidates.Where(p => p.Spec.Takes(visitTypeId)).ToList();
        return (preferred.Count > 0 ? preferred : candidates).MinBy(p => _room.Queue(p.Id).Count)!;
    }
}
