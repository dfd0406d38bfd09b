using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>
/// One clinic's waiting room for one day: today's appointments, the visits that arrived, the
/// check-in keys already used, and the desk's records. The hub loads it, changes it through
/// these methods, and stores what changed.
/// </summary>
public sealed partial class WaitingRoomDay
{
    private readonly List<Appointment> _appointments;
    private readonly List<Visit> _visits;

    // The same visits by id: the views look one up per row and per alert, and a list scan each time is quadratic in a busy room.
    private readonly Dictionary<Guid, Visit> _visitById = [];
    private readonly Dictionary<Guid, Guid> _visitByCheckInKey;
    private readonly List<ProviderDelay> _delays;
    private readonly List<Appointment> _newAppointments = [];
    private int _storedDelays;

    public WaitingRoomDay(
        ClinicProfile clinic,
        DateOnly day,
        IEnumerable<Appointment> appointments,
        IEnumerable<Visit> visits,
        IReadOnlyDictionary<Guid, Guid> visitByCheckInKey,
        IEnumerable<ProviderDelay>? delays = null,
        DeskRecords? desk = null)
    {
        Clinic = clinic;
        Day = day;
        _appointments = appointments.Where(a => a.Day == day).ToList();
        _visits = visits.Where(v => v.Ticket.Day == day).ToList();
        foreach (var visit in _visits)
        {
            _visitById.TryAdd(visit.Id, visit); // the first of a repeated id, as a scan of the list would find
        }

        _visitByCheckInKey = visitByCheckInKey
            .Where(k => _visitById.ContainsKey(k.Value))
            .ToDictionary(k => k.Key, k => k.Value);
        _delays = [.. delays ?? []];
        _storedDelays = _delays.Count;
        Desk = desk ?? new DeskRecords();
    }

    public ClinicProfile Clinic { get; }
    public DateOnly Day { get; }
    public IReadOnlyList<Appointment> Appointments => _appointments;
    public IReadOnlyList<Visit> Visits => _visits;

    /// <summary>Alerts, care needs, ratings, "spoken to" and "Not now": changed only through the day's methods.</summary>
    public DeskRecords Desk { get; }

    /// <summary>Every delay said today, oldest first; the last one for a provider is the one in force.</summary>
    public IReadOnlyList<ProviderDelay> Delays => _delays;

    public ProviderDelay? DelayOf(string providerId) => _delays.LastOrDefault(d => d.ProviderId == providerId);

    /// <summary>
    /// What happened since the day was loaded (or last stored): bookings and walk-ins, new
    /// visits with the key they checked in with, events of visits already stored, delays said, and
    /// the desk's new records.
    /// The store writes all of it at once, in one transaction.
    /// </summary>
    public DayChanges Unstored() => new(
        [.. _newAppointments],
        [.. _visits.Where(v => !v.IsStored).Select(v => (v, _visitByCheckInKey.FirstOrDefault(k => k.Value == v.Id).Key))],
        [.. _visits.Where(v => v.IsStored && v.Unstored.Count > 0)],
        [.. _delays.Skip(_storedDelays)],
        Desk.Unstored(),
        [.. _changedAppointments],
        [.. _removedAppointments]);

    /// <summary>The store wrote what <see cref="Unstored"/> returned.</summary>
    public void MarkStored()
    {
        _newAppointments.Clear();
        _changedAppointments.Clear();
        _removedAppointments.Clear();
        _storedDelays = _delays.Count;
        Desk.MarkStored();
        foreach (var visit in _visits)
        {
            visit.MarkStored();
        }
    }

    /// <summary>
    /// The same day as a separate object, to change while others still read this one (the hub keeps
    /// the room it last committed, and makes each change on a copy of it instead of loading the day
    /// again). Only a day that has stored everything can be copied: the copy counts all of it as stored.
    /// </summary>
    public WaitingRoomDay Copy()
    {
        if (!Unstored().IsEmpty)
        {
            throw new InvalidOperationException("Only a day with everything stored can be copied.");
        }

        return new WaitingRoomDay(Clinic, Day, _appointments, _visits.Select(v => v.Copy()), _visitByCheckInKey, _delays, Desk.Copy());
    }

    /// <summary>A provider's delay with the desk's own words (<see cref="LateReason.Typed"/>) or one of the fixed reasons, which carries no words.</summary>
    public void SetProviderDelay(string providerId, int minutes, string reason, string by, DateTimeOffset at, LateReason kind = LateReason.Typed)
    {
        Clinic.Provider(providerId);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        if (kind != LateReason.Typed && !string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A fixed reason carries no typed words.", nameof(reason));
        }

        _delays.Add(new ProviderDelay(providerId, minutes, reason, by, at, kind));
    }

    /// <summary>A booking made during the day (or imported late).</summary>
    public void Book(Appointment appointment)
    {
        if (appointment.Day != Day)
        {
            throw new ArgumentException("The appointment is for another day.", nameof(appointment));
        }

        _appointments.Add(appointment);
        _newAppointments.Add(appointment);
    }

    /// <summary>Someone without an appointment: they get one starting now (with the <paramref name="reason"/> they gave, for the desk), and are checked in at once.</summary>
    public CheckInOutcome WalkIn(Guid key, PatientIdentity patient, string providerId, string visitTypeId, string by, DateTimeOffset now, CareNeeds? care = null, string? reason = null, string? token = null)
    {
        if (_visitByCheckInKey.TryGetValue(key, out var firstVisitId))
        {
            return new CheckInOutcome(VisitById(firstVisitId)!, Created: false);
        }

        Clinic.Provider(providerId);
        Clinic.VisitType(visitTypeId);
        var appointment = new Appointment(Guid.NewGuid(), Day, now, providerId, visitTypeId, patient, WalkIn: true, WalkInReason: reason);
        _appointments.Add(appointment);
        _newAppointments.Add(appointment);
        return CheckIn(key, appointment.Id, patient.LastName, patient.DateOfBirth, by, now, care: care, token: token);
    }

    /// <summary>A booked patient who never came: recorded as a visit that ends as a no-show.</summary>
    public Visit MarkNoShow(Guid appointmentId, string by, DateTimeOffset at)
    {
        var appointment = _appointments.FirstOrDefault(a => a.Id == appointmentId)
            ?? throw new CheckInRefusedException(CheckInRefusal.AppointmentNotFound, "We could not find that appointment for today.");
        var visit = VisitForAppointment(appointmentId);
        if (visit is null)
        {
            visit = new Visit(new VisitTicket(Guid.NewGuid(), Day, NextCode(appointment.ProviderId), VisitTicket.NewToken()), appointment);
            Add(visit);
        }

        visit.MarkNoShow(by, at);
        return visit;
    }

    /// <summary>
    /// The room as it was known at <paramref name="now"/>: events, walk-ins and delays after it
    /// are left out. Bookings stay, since they are known in advance; the desk's records are left
    /// out, as nothing forecast from the past room reads them. When nothing is after
    /// <paramref name="now"/> it is this day itself, to be read, not changed.
    /// </summary>
    public WaitingRoomDay AsOf(DateTimeOffset now)
    {
        // Live, nothing is after now: the day is its own view, and a busy room is not copied for every forecast.
        if (NothingAfter(now))
        {
            return this;
        }

        var appointments = _appointments.Where(a => !a.WalkIn || a.StartsAt <= now).ToList();
        var known = appointments.Select(a => a.Id).ToHashSet();
        var visits = _visits
            .Where(v => known.Contains(v.Appointment.Id) && v.Trail.Any(e => e.At <= now))
            .Select(v => Visit.Restore(v.Ticket, v.Appointment, v.Trail.Where(e => e.At <= now)))
            .ToList();
        var kept = visits.Select(v => v.Id).ToHashSet();
        var keys = _visitByCheckInKey.Where(k => kept.Contains(k.Value)).ToDictionary(k => k.Key, k => k.Value);
        return new WaitingRoomDay(Clinic, Day, appointments, visits, keys, _delays.Where(d => d.SetAt <= now));
    }

    /// <summary>
    /// No walk-in, event or delay after <paramref name="now"/>, and every visit's events in the order of
    /// their times (as replaying them would apply them): <see cref="AsOf"/> would make the same day again.
    /// </summary>
    private bool NothingAfter(DateTimeOffset now)
    {
        foreach (var appointment in _appointments)
        {
            if (appointment.WalkIn && appointment.StartsAt > now)
            {
                return false;
            }
        }

        foreach (var visit in _visits)
        {
            var trail = visit.Trail;
            if (trail.Count == 0)
            {
                return false;
            }

            for (var i = 0; i < trail.Count; i++)
            {
                if (trail[i].At > now || (i > 0 && trail[i].At < trail[i - 1].At))
                {
                    return false;
                }
            }
        }

        return _delays.All(d => d.SetAt <= now);
    }

    /// <summary>The visit a phone token opens: its own, or the one a kiosk gave while offline to a patient already checked in (<see cref="OfflineOutcome.AlreadyHere"/>).</summary>
    public Visit? VisitByToken(string token) =>
        _visits.FirstOrDefault(v => v.Ticket.Token == token)
        ?? (Desk.Offline.FirstOrDefault(o => o.Token == token && o.Outcome == OfflineOutcome.AlreadyHere)?.VisitId is { } id ? VisitById(id) : null);

    public Visit? VisitById(Guid id) => _visitById.GetValueOrDefault(id);

    public Lookup Find(string lastName, DateOnly dateOfBirth)
    {
        var matches = _appointments
            .Where(a => a.Patient.DateOfBirth == dateOfBirth && NameMatch.Same(lastName, a.Patient.LastName))
            .ToList();
        return matches.Count switch
        {
            0 => new Lookup(LookupMatch.None, null, null),
            1 => new Lookup(LookupMatch.One, matches[0], VisitForAppointment(matches[0].Id)),
            _ => new Lookup(LookupMatch.Several, null, null),
        };
    }

    /// <summary>Today's appointment from the birth date and the first letters of the surname (see <see cref="SurnameStart"/>).</summary>
    public Lookup FindByFirstLetters(string letters, DateOnly dateOfBirth) =>
        SurnameStart.Match(letters, _appointments.Where(a => a.Patient.DateOfBirth == dateOfBirth)) switch
        {
            (LookupMatch.One, { } appointment) => new Lookup(LookupMatch.One, appointment, VisitForAppointment(appointment.Id)),
            var (match, _) => new Lookup(match, null, null),
        };

    /// <summary>Today's appointment with this confirmation code (already normalised), and its visit if it has one.</summary>
    public Lookup FindByCode(string code) =>
        _appointments.FirstOrDefault(a => a.ConfirmationCode == code) is { } a
            ? new Lookup(LookupMatch.One, a, VisitForAppointment(a.Id))
            : new Lookup(LookupMatch.None, null, null);

    /// <summary>
    /// Checks a patient in. The same key twice returns the first visit, and so does a second
    /// check-in for an appointment that already arrived: one person, one ticket. With a
    /// <paramref name="window"/>, a new arrival outside it is refused (the kiosk's rule; the desk and the demo are not held to it).
    /// What a new arrival told us (<paramref name="care"/>) is kept for the desk; feeling worse alerts it.
    /// The name may be the whole surname or the first letters it was found by (<see cref="SurnameStart"/>).
    /// </summary>
    public CheckInOutcome CheckIn(Guid key, Guid appointmentId, string lastName, DateOnly dateOfBirth, string by, DateTimeOffset now, CheckInWindow? window = null, CareNeeds? care = null, string? token = null)
    {
        if (_visitByCheckInKey.TryGetValue(key, out var firstVisitId))
        {
            return new CheckInOutcome(VisitById(firstVisitId)!, Created: false);
        }

        var appointment = _appointments.FirstOrDefault(a => a.Id == appointmentId)
            ?? throw new CheckInRefusedException(CheckInRefusal.AppointmentNotFound, "We could not find that appointment for today.");
        if (appointment.Patient.DateOfBirth != dateOfBirth
            || !(NameMatch.Same(lastName, appointment.Patient.LastName) || SurnameStart.Starts(lastName, appointment.Patient.LastName)))
        {
            throw new CheckInRefusedException(CheckInRefusal.DetailsDoNotMatch, "The name or date of birth does not match that appointment.");
        }

        return Arrive(key, appointment, by, now, window, care, token);
    }

    /// <summary>Checks in the holder of a confirmation code: the code stands for the name and birth date.</summary>
    public CheckInOutcome CheckInByCode(Guid key, string code, string by, DateTimeOffset now, CheckInWindow? window = null, CareNeeds? care = null, string? token = null)
    {
        if (_visitByCheckInKey.TryGetValue(key, out var firstVisitId))
        {
            return new CheckInOutcome(VisitById(firstVisitId)!, Created: false);
        }

        var appointment = FindByCode(code).Appointment
            ?? throw new CheckInRefusedException(CheckInRefusal.AppointmentNotFound, "We could not find an appointment today with that code.");
        return Arrive(key, appointment, by, now, window, care, token);
    }

    /// <summary>
    /// A new visit gets a fresh phone token, or the one a kiosk already printed in its QR code while
    /// offline (<paramref name="token"/>) when it is well formed and nobody else's.
    /// </summary>
    private CheckInOutcome Arrive(Guid key, Appointment appointment, string by, DateTimeOffset now, CheckInWindow? window, CareNeeds? care, string? token)
    {
        if (VisitForAppointment(appointment.Id) is { } existing)
        {
            return existing.IsClosed
                ? throw new CheckInRefusedException(CheckInRefusal.VisitClosed, "This visit has already been closed today. Please see the front desk.")
                : new CheckInOutcome(existing, Created: false);
        }

        switch (window?.Judge(appointment, now))
        {
            case CheckInTiming.TooEarly:
                throw new CheckInRefusedException(CheckInRefusal.TooEarly, "It is too early to check in for this appointment. Please come back later.");
            case CheckInTiming.TooLate:
                throw new CheckInRefusedException(CheckInRefusal.TooLate, "It is too late to check in for this appointment at the kiosk. Please see the front desk.");
        }

        var fresh = token is not null && VisitTicket.IsWellFormed(token) && VisitByToken(token) is null ? token : VisitTicket.NewToken();
        var ticket = new VisitTicket(Guid.NewGuid(), Day, NextCode(appointment.ProviderId), fresh);
        var visit = new Visit(ticket, appointment);
        visit.Arrive(by, now);
        Add(visit);
        _visitByCheckInKey[key] = visit.Id;
        NoteCare(visit, care, by, now);
        return new CheckInOutcome(visit, Created: true);
    }

    /// <summary>Visits are only ever added (never removed or replaced: a move to another provider changes the visit itself).</summary>
    private void Add(Visit visit)
    {
        _visits.Add(visit);
        _visitById.Add(visit.Id, visit);
    }

    private Visit? VisitForAppointment(Guid appointmentId) => _visits.FirstOrDefault(v => v.Appointment.Id == appointmentId);

    private string NextCode(string providerId)
    {
        var prefix = Clinic.Provider(providerId).TicketPrefix;
        var number = _visits.Count(v => v.ProviderId == providerId) + 1;
        return $"{prefix}{number:000}";
    }
}
