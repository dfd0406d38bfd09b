using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.CheckIn;

/// <summary>
/// The kiosk's side of the room: finding today's appointment (by name and birth date, or by
/// confirmation code), checking in, walking in, and the lobby's typical wait. Wrong names and
/// codes count against the kiosk they came from; a kiosk over its tries is told so before anything is looked at.
/// </summary>
public sealed class CheckInService(WaitingRoomService room, ClinicProfile clinic, TimeProvider time, CodeTries codeTries, NameTries nameTries,
    ILogger<CheckInService> log)
{
    /// <summary>
    /// A name (or its first letters) and birth date that match nobody count against the kiosk (see
    /// <see cref="NameTries"/>); being asked for one more letter does not.
    /// </summary>
    public async Task<AppointmentLookupResult> FindAsync(AppointmentLookup lookup, string kiosk, CancellationToken ct = default)
    {
        if (await nameTries.IsLockedOutAsync(kiosk, ct))
        {
            return new(LookupOutcome.TooManyTries, null, null);
        }

        var (day, snapshot) = await room.ReadAsync(ct);
        var found = lookup.FirstLettersOnly
            ? day.FindByFirstLetters(lookup.LastName, lookup.DateOfBirth)
            : day.Find(lookup.LastName, lookup.DateOfBirth);
        if (found.Match == LookupMatch.None)
        {
            await nameTries.WrongAsync(kiosk, ct);
            log.LogInformation("A name and date of birth matched no appointment today.");
        }

        return Result(found, snapshot);
    }

    public async Task<AppointmentLookupResult> FindByCodeAsync(string code, string kiosk, CancellationToken ct = default)
    {
        if (await codeTries.IsLockedOutAsync(kiosk, ct))
        {
            return new(LookupOutcome.TooManyTries, null, null);
        }

        var (day, snapshot) = await room.ReadAsync(ct);
        var found = day.FindByCode(code);
        if (found.Appointment is null)
        {
            await codeTries.WrongAsync(kiosk, ct);
            log.LogInformation("A confirmation code was not found.");
        }

        return Result(found, snapshot);
    }

    public async Task<TicketView> CheckInAsync(CheckInRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            var outcome = day.CheckIn(request.IdempotencyKey, request.AppointmentId, request.LastName, request.DateOfBirth, by, now, clinic.CheckInWindow, DeskViews.Care(request.Care));
            if (outcome.Created)
            {
                log.LogInformation("Checked in ticket {Code} with {Provider}.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId);
            }

            return Task.FromResult(Arrival(day, outcome));
        }, ct);
        return snapshot.Tickets[change.VisitId];
    }

    public async Task<TicketView> CheckInByCodeAsync(CodeCheckInRequest request, string by, CancellationToken ct = default)
    {
        if (await codeTries.IsLockedOutAsync(by, ct))
        {
            throw new CheckInRefusedException(CheckInRefusal.AppointmentNotFound, "Too many codes were tried at this kiosk. Please see the front desk.");
        }

        try
        {
            var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
            {
                var outcome = day.CheckInByCode(request.IdempotencyKey, request.Code, by, now, clinic.CheckInWindow, DeskViews.Care(request.Care));
                if (outcome.Created)
                {
                    log.LogInformation("Checked in ticket {Code} with {Provider} by confirmation code.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId);
                }

                return Task.FromResult(Arrival(day, outcome));
            }, ct);
            return snapshot.Tickets[change.VisitId];
        }
        catch (CheckInRefusedException e) when (e.Reason == CheckInRefusal.AppointmentNotFound)
        {
            await codeTries.WrongAsync(by, ct);
            throw;
        }
    }

    public async Task<TicketView> WalkInAsync(WalkInRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            var (providerId, visitTypeId) = day.WalkInRoute(request.Reason);
            var patient = new PatientIdentity(request.FirstName, request.LastName, request.DateOfBirth);
            var outcome = day.WalkIn(request.IdempotencyKey, patient, providerId, visitTypeId, by, now, DeskViews.Care(request.Care), request.Reason);
            if (outcome.Created)
            {
                log.LogInformation("Walk-in ticket {Code} with {Provider}.", outcome.Visit.Ticket.Code, providerId);
            }

            return Task.FromResult(Arrival(day, outcome));
        }, ct);
        return snapshot.Tickets[change.VisitId];
    }

    /// <summary>What someone arriving can expect, roughly (<see cref="TypicalWait"/>); null when nobody is waiting with an estimate.</summary>
    public async Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default) => TypicalWait.Of((await room.ReadAsync(ct)).Snapshot.Tickets.Values);

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
