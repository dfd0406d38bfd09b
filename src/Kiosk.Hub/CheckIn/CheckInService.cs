using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Kiosk.Hub.Offline;
using Kiosk.Hub.Health;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;

namespace Kiosk.Hub.CheckIn;

/// <summary>
/// The kiosk's side of the room: finding today's appointment (by name and birth date, or by
/// confirmation code), checking in, walking in, and the lobby's typical wait. Wrong names and
/// codes count against the kiosk session they came from; one over its tries is told how long to wait before anything is looked at.
/// </summary>
public sealed class CheckInService(WaitingRoomService room, ClinicProfile clinic, TimeProvider time, CodeTryStore codeTries, CodeGuard codeGuard,
    NameTryStore nameTries, NameGuard nameGuard, KioskHealth kioskHealth, ILogger<CheckInService> log)
{
    /// <summary>
    /// A name is judged by <see cref="NameGuard"/> before it is looked up: a session (or a kiosk) over its
    /// misses is told how long to wait, and nothing is looked at. A name (or its first letters) and birth
    /// date that match nobody count as a miss of the session; being asked for one more letter does not.
    /// </summary>
    public async Task<AppointmentLookupResult> FindAsync(AppointmentLookup lookup, string kiosk, CancellationToken ct = default)
    {
        if (nameGuard.SecondsToWait(lookup.Session, await nameTries.OfKioskAsync(kiosk, ct)) is { } seconds)
        {
            return new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: seconds);
        }

        var (day, snapshot) = await room.ReadAsync(ct);
        var found = lookup.FirstLettersOnly
            ? day.FindByFirstLetters(lookup.LastName, lookup.DateOfBirth)
            : day.Find(lookup.LastName, lookup.DateOfBirth);
        if (found.Match == LookupMatch.None)
        {
            await nameTries.MissAsync(kiosk, lookup.Session, ct);
            log.LogInformation("A name and date of birth matched no appointment today.");
        }

        return Result(found, snapshot);
    }

    /// <summary>
    /// A code is judged by <see cref="CodeGuard"/> before it is looked up: a session (or a kiosk) over
    /// its tries is told how long to wait, and nothing is looked at. A wrong code is counted and
    /// reception's kiosk list looked at again (it may now say the kiosk is being probed).
    /// </summary>
    public async Task<AppointmentLookupResult> FindByCodeAsync(CodeLookup lookup, string kiosk, CancellationToken ct = default)
    {
        var tries = await codeTries.OfKioskAsync(kiosk, ct);
        if (codeGuard.BeforeLookup(lookup.Session, tries) is CodeVerdict.Wait wait)
        {
            return new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: wait.Seconds);
        }

        var (day, snapshot) = await room.ReadAsync(ct);
        var found = day.FindByCode(lookup.Code);
        if (found.Appointment is not { } appointment)
        {
            await WrongCodeAsync(kiosk, lookup.Session, ct);
        }
        else if (await GuessedTooOftenAsync(kiosk, lookup.Session, appointment.Id, tries, ct))
        {
            return new(LookupOutcome.SeeReception, null, null);
        }

        return Result(found, snapshot);
    }

    public Task<TicketView> CheckInAsync(CheckInRequest request, string by, CancellationToken ct = default)
    {
        var care = DeskViews.Care(request.Care);
        return ArriveAsync(request.Outbox, request.IdempotencyKey, by, new PatientIdentity("", request.LastName, request.DateOfBirth), care, "", (day, at, token) =>
            day.CheckIn(request.IdempotencyKey, request.AppointmentId, request.LastName, request.DateOfBirth, by, at, clinic.CheckInWindow, care, token), ct);
    }

    public async Task<TicketView> CheckInByCodeAsync(CodeCheckInRequest request, string by, CancellationToken ct = default)
    {
        // A code the kiosk found in its own copy while offline, and told the patient about, is past guessing: any problem is the desk's now.
        var told = request.Outbox is { ToldCheckedIn: true };
        if (!told)
        {
            var tries = await codeTries.OfKioskAsync(by, ct);
            if (codeGuard.BeforeLookup(request.Session, tries) is CodeVerdict.Wait wait)
            {
                throw new CheckInRefusedException(CheckInRefusal.TryAgainSoon, $"Several wrong codes were tried here. Please wait {wait.Seconds} seconds and try again.");
            }

            var (today, _) = await room.ReadAsync(ct);
            if (today.FindByCode(request.Code).Appointment is { } appointment && await GuessedTooOftenAsync(by, request.Session, appointment.Id, tries, ct))
            {
                throw new CheckInRefusedException(CheckInRefusal.SeeDesk, "Please see the front desk and we will check you in.");
            }
        }

        try
        {
            var care = DeskViews.Care(request.Care);
            return await ArriveAsync(request.Outbox, request.IdempotencyKey, by, PatientIdentity.Forgotten, care, " by confirmation code", (day, at, token) =>
                day.CheckInByCode(request.IdempotencyKey, request.Code, by, at, clinic.CheckInWindow, care, token), ct);
        }
        catch (CheckInRefusedException e) when (e.Reason == CheckInRefusal.AppointmentNotFound && !told)
        {
            await WrongCodeAsync(by, request.Session, ct);
            throw;
        }
    }

    public Task<TicketView> WalkInAsync(WalkInRequest request, string by, CancellationToken ct = default)
    {
        var care = DeskViews.Care(request.Care);
        var patient = new PatientIdentity(request.FirstName, request.LastName, request.DateOfBirth);
        return ArriveAsync(request.Outbox, request.IdempotencyKey, by, patient, care, " (walk-in)", (day, at, token) =>
        {
            var (providerId, visitTypeId) = day.WalkInRoute(request.Reason);
            return day.WalkIn(request.IdempotencyKey, patient, providerId, visitTypeId, by, at, care, request.Reason, token);
        }, ct);
    }

    /// <summary>
    /// One arrival, sent live or delivered late from a kiosk's outbox (<paramref name="stamp"/>): then the
    /// day decides what becomes of it (<see cref="WaitingRoomDay.Deliver"/>), and a refusal of a check-in the
    /// patient was already told about is kept for reception in the same change before the kiosk hears it.
    /// </summary>
    private async Task<TicketView> ArriveAsync(OutboxStamp? stamp, Guid key, string by, PatientIdentity patient, CareNeeds? care, string how,
        Func<WaitingRoomDay, DateTimeOffset, string?, CheckInOutcome> checkIn, CancellationToken ct)
    {
        CheckInRefusedException? refused = null;
        var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            refused = null;
            if (OutboxInput.Arrival(stamp, key, by, patient, clinic, now) is not { } arrival)
            {
                return Task.FromResult(Arrival(day, Logged(checkIn(day, now, null), how)));
            }

            var delivery = day.Deliver(arrival, now, care, (at, token) => checkIn(day, at, token));
            if (delivery.Visit is { } delivered)
            {
                return Task.FromResult(Arrival(day, Logged(delivered, how + " from a kiosk's outbox")) with { BoardChanged = arrival.Told });
            }

            refused = delivery.Refused;
            log.LogWarning("A check-in from kiosk {Kiosk}'s outbox was not added ({Reason}); reception can see it.", by, refused?.Reason);
            return Task.FromResult(new RoomChange(Guid.Empty, [], null, BoardChanged: arrival.Told));
        }, ct);
        return refused is null ? snapshot.Tickets[change.VisitId] : throw refused;
    }

    private CheckInOutcome Logged(CheckInOutcome outcome, string how)
    {
        if (outcome.Created)
        {
            log.LogInformation("Checked in ticket {Code} with {Provider}{How}.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId, how);
        }

        return outcome;
    }

    /// <summary>What someone arriving can expect, roughly (<see cref="TypicalWait"/>); null when nobody is waiting with an estimate.</summary>
    public async Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default) => TypicalWait.Of((await room.ReadAsync(ct)).Snapshot.Tickets.Values);

    private async Task WrongCodeAsync(string kiosk, Guid session, CancellationToken ct)
    {
        await codeTries.WrongAsync(kiosk, session, ct);
        log.LogInformation("A confirmation code was not found.");
        // After the commit: reception's Kiosks panel may now say someone is guessing codes here.
        await kioskHealth.LookAgainAsync(ct);
    }

    /// <summary>A right code found by a session that got codes wrong first is remembered; too many such sessions send the code to the desk.</summary>
    private async Task<bool> GuessedTooOftenAsync(string kiosk, Guid session, Guid appointmentId, IEnumerable<CodeTry> kioskTries, CancellationToken ct)
    {
        var hadMisses = kioskTries.Any(t => t.Wrong && t.Session == session);
        var (record, verdict) = codeGuard.AfterHit(session, hadMisses, await codeTries.HitsOnAsync(appointmentId, ct));
        if (record)
        {
            await codeTries.HitAfterMissesAsync(kiosk, session, appointmentId, ct);
        }

        if (verdict is CodeVerdict.SeeDesk)
        {
            log.LogWarning("A confirmation code found by {Sessions} or more kiosk sessions that had got codes wrong was sent to the front desk.", CodeGuard.GuessingSessionsPerCode);
            return true;
        }

        return false;
    }

    /// <summary>A new arrival changes the view of everyone in their provider's line; the same key again changes nothing.</summary>
    private static RoomChange Arrival(WaitingRoomDay day, CheckInOutcome outcome) =>
        new(outcome.Visit.Id, outcome.Created ? [.. RoomChange.Lines(day, outcome.Visit.ProviderId)] : [], null);

    /// <summary>What the kiosk may be told about a lookup; outside the check-in window only the times, never who.</summary>
    private AppointmentLookupResult Result(Lookup found, RoomSnapshot snapshot) => found switch
    {
        { Match: LookupMatch.None } => new(LookupOutcome.NotFound, null, null),
        { Match: LookupMatch.Several } => new(LookupOutcome.SeeReception, null, null),
        { Match: LookupMatch.MoreLetters } => new(LookupOutcome.OneMoreLetter, null, null),
        { ExistingVisit.IsClosed: true } => new(LookupOutcome.SeeReception, null, null),
        { ExistingVisit: { } visit } => new(LookupOutcome.AlreadyCheckedIn, null, snapshot.Tickets[visit.Id]),
        { Appointment: { } a } => clinic.CheckInWindow.Judge(a, time.GetUtcNow()) switch
        {
            CheckInTiming.TooEarly => new(LookupOutcome.TooEarly, null, null, Times(a)),
            CheckInTiming.TooLate => new(LookupOutcome.TooLate, null, null, Times(a)),
            _ => new(LookupOutcome.Found, Summary(a), null),
        },
        _ => new(LookupOutcome.NotFound, null, null),
    };

    private CheckInTimes Times(Appointment a) => new(
        TimeOnly.FromDateTime(clinic.LocalTime(a.StartsAt).DateTime),
        TimeOnly.FromDateTime(clinic.LocalTime(clinic.CheckInWindow.OpensAt(a.StartsAt)).DateTime));

    private AppointmentSummary Summary(Appointment a) => new(
        a.Id,
        a.Patient.FirstName,
        clinic.Provider(a.ProviderId).Name,
        clinic.VisitType(a.VisitTypeId).Name,
        TimeOnly.FromDateTime(clinic.LocalTime(a.StartsAt).DateTime));
}
