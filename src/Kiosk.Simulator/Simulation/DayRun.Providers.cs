using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Simulation;

internal sealed partial class DayRun
{
    private void Start(ProviderState provider)
    {
        if (provider.Status != ProviderStatus.NotStarted)
        {
            return;
        }

        _reception.Started(provider, _now);
        Free(provider);
    }

    private void LateCheck(ProviderState provider, int index)
    {
        if (provider.Status == ProviderStatus.NotStarted && !provider.Sick)
        {
            _reception.NotStartedYet(provider, _now);
            _queue.At(_now + Reception.FirstLateCheck, new(EventKind.LateCheck, index));
        }
    }

    private void LunchDue(ProviderState provider)
    {
        provider.LunchDue = true;
        if (provider.Status == ProviderStatus.Free)
        {
            Free(provider);
        }
    }

    private void Interrupt(ProviderState provider, int index)
    {
        if (provider.Status == ProviderStatus.Gone || provider.Sick)
        {
            return;
        }

        provider.PendingInterruptions.Enqueue(provider.Plan.Interruptions[index].Seconds);
        if (provider.Status == ProviderStatus.Free)
        {
            Free(provider);
        }
    }

    /// <summary>The provider has nothing in hand: away if something is due, else call the next patient.</summary>
    private void Free(ProviderState provider)
    {
        provider.Current = null;
        if (provider.Sick)
        {
            provider.Status = ProviderStatus.Gone;
        }
        else if (provider.PendingInterruptions.TryDequeue(out var away))
        {
            GoAway(provider, away);
        }
        else if (provider.LunchDue && !provider.LunchTaken && !MorningListWaiting(provider))
        {
            provider.LunchTaken = true;
            GoAway(provider, provider.Plan.LunchSeconds);
        }
        else
        {
            provider.Status = ProviderStatus.Free;
            CallNext(provider);
        }
    }

    /// <summary>Providers see the patients booked before lunch who are already here before they go.</summary>
    private bool MorningListWaiting(ProviderState provider) =>
        _room.Queue(provider.Id) is [var next, ..] && next.Appointment.StartsAt < _clock.At(provider.Plan.LunchAt!.Value);

    private void GoAway(ProviderState provider, long seconds)
    {
        provider.Status = ProviderStatus.Away;
        _queue.At(_now + seconds, new(EventKind.AwayEnds, IndexOf(provider)));
    }

    private void CallNext(ProviderState provider)
    {
        if (provider.Status != ProviderStatus.Free || _room.Queue(provider.Id) is not [var next, ..])
        {
            return;
        }

        var patient = _patientByVisit[next.Id];
        next.Call(provider.Room, provider.Id, _clock.At(_now));
        _log.Visit(SimulatedEventKind.Called, next, _now, provider.Room);
        provider.Status = ProviderStatus.WithPatient;
        provider.Current = patient;
        _reception.Called(provider, patient, _now);
        _queue.At(_now + patient.WalkToRoomSeconds, new(EventKind.EnterRoom, IndexOf(provider)));
    }

    private void EnterRoom(ProviderState provider)
    {
        var patient = provider.Current!;
        patient.Visit!.EnterRoom(provider.Id, _clock.At(_now));
        _log.Visit(SimulatedEventKind.InRoom, patient.Visit, _now);
        var duration = _scenario.VisitType(patient.VisitTypeId).TrueDuration(patient.Component);
        var minutes = duration.Median * provider.Spec.Speed * Math.Exp(duration.Sigma * patient.DurationZ);
        patient.ServiceMinutes = Math.Max(0.5, minutes);
        _queue.At(_now + SimClock.Seconds(patient.ServiceMinutes.Value), new(EventKind.Complete, IndexOf(provider)));
    }

    private void Complete(ProviderState provider)
    {
        var visit = provider.Current!.Visit!;
        visit.Complete(provider.Id, _clock.At(_now));
        _log.Visit(SimulatedEventKind.Done, visit, _now);
        Free(provider);
    }

    /// <summary>Goes home after the patient in the room; everyone waiting for them is shared round-robin among the others.</summary>
    private void FallSick(ProviderState provider)
    {
        provider.Sick = true;
        if (provider.Status is ProviderStatus.NotStarted or ProviderStatus.Free or ProviderStatus.Away)
        {
            provider.Status = ProviderStatus.Gone;
        }

        foreach (var visit in _room.Queue(provider.Id))
        {
            MoveToAnother(visit);
        }
    }

    private void MoveToAnother(Visit visit)
    {
        var healthy = _providers.Where(p => !p.Sick).ToList();
        var to = healthy[_nextTakeover++ % healthy.Count];
        visit.MoveTo(to.Id, Desk, _clock.At(_now));
        _log.Visit(SimulatedEventKind.Moved, visit, _now, to.Id);
        CallNext(to);
    }
}
