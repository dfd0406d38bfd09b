using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Live;

/// <summary>
/// The one owner of the waiting room. Every change is made under one write gate, committed to
/// the database, and only then pushed to the people allowed to see it.
/// </summary>
public sealed class WaitingRoomService(
    IServiceScopeFactory scopes,
    ClinicProfile clinic,
    IWaitEstimator estimator,
    TimeProvider time,
    RoomBroadcaster broadcaster,
    PhoneLinks links,
    DemoAppointments demo,
    ILogger<WaitingRoomService> log) : IDisposable
{
    private const int RecentCalls = 5;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private DateOnly _seededDay;

    public async Task<AppointmentLookupResult> FindAsync(AppointmentLookup lookup, CancellationToken ct = default)
    {
        var (room, snapshot) = await ReadAsync(ct);
        var found = room.Find(lookup.LastName, lookup.DateOfBirth);
        return found switch
        {
            { Match: LookupMatch.None } => new(LookupOutcome.NotFound, null, null),
            { Match: LookupMatch.Several } => new(LookupOutcome.SeeReception, null, null),
            { ExistingVisit.IsClosed: true } => new(LookupOutcome.SeeReception, null, null),
            { ExistingVisit: { } visit } => new(LookupOutcome.AlreadyCheckedIn, null, snapshot.Tickets[visit.Id]),
            { Appointment: { } a } => new(LookupOutcome.Found, Summary(a), null),
            _ => new(LookupOutcome.NotFound, null, null),
        };
    }

    public async Task<TicketView> CheckInAsync(CheckInRequest request, string by, CancellationToken ct = default)
    {
        await EnsureDayAsync(ct);
        RoomSnapshot snapshot;
        CheckInOutcome outcome;
        List<Guid> affected;
        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
            var room = await store.LoadDayAsync(Today(), ct);
            var now = time.GetUtcNow();
            outcome = room.CheckIn(request.IdempotencyKey, request.AppointmentId, request.LastName, request.DateOfBirth, by, now);
            var estimates = estimator.Estimate(room, now);
            if (outcome.Created)
            {
                store.AddVisit(outcome.Visit, request.IdempotencyKey, estimates.GetValueOrDefault(outcome.Visit.Id));
                await store.SaveAsync(ct);
                log.LogInformation("Checked in ticket {Code} with {Provider}.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId);
            }

            affected = room.Queue(outcome.Visit.ProviderId).Select(v => v.Id).ToList();
            snapshot = RoomViews.Build(room, estimates, await store.PromisedForDayAsync(room.Day, ct), links.For, now);
        }
        finally
        {
            _writes.Release();
        }

        if (outcome.Created)
        {
            await broadcaster.PublishAsync(snapshot, affected);
        }

        return snapshot.Tickets[outcome.Visit.Id];
    }

    public async Task<BoardRow> CallAsync(CallVisitRequest request, string by, CancellationToken ct = default)
    {
        await EnsureDayAsync(ct);
        RoomSnapshot snapshot;
        CalledTicket called;
        List<Guid> affected;
        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
            var room = await store.LoadDayAsync(Today(), ct);
            var visit = room.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var now = time.GetUtcNow();
            var e = visit.Call(request.Room, by, now);
            await store.AddEventAsync(visit, e, ct);
            await store.SaveAsync(ct);
            log.LogInformation("Called ticket {Code} to {Room}.", visit.Ticket.Code, e.Room);
            affected = [visit.Id, .. room.Queue(visit.ProviderId).Select(v => v.Id)];
            called = new CalledTicket(visit.Ticket.Code, e.Room!, now);
            snapshot = RoomViews.Build(room, estimator.Estimate(room, now), await store.PromisedForDayAsync(room.Day, ct), links.For, now);
        }
        finally
        {
            _writes.Release();
        }

        var calledRow = snapshot.Board.Rows.First(r => r.VisitId == request.VisitId);
        await broadcaster.PublishAsync(snapshot, affected, called);
        return calledRow;
    }

    public async Task<TicketView?> TicketAsync(string token, CancellationToken ct = default)
    {
        var (room, snapshot) = await ReadAsync(ct);
        return room.VisitByToken(token) is { } visit ? snapshot.Tickets[visit.Id] : null;
    }

    public async Task<ReceptionBoard> BoardAsync(CancellationToken ct = default) => (await ReadAsync(ct)).Snapshot.Board;

    public async Task<IReadOnlyList<CalledTicket>> RecentCallsAsync(CancellationToken ct = default)
    {
        var (room, _) = await ReadAsync(ct);
        return room.Visits
            .Where(v => v.CalledAt is not null && v.Room is not null)
            .OrderByDescending(v => v.CalledAt)
            .Take(RecentCalls)
            .Select(v => new CalledTicket(v.Ticket.Code, v.Room!, v.CalledAt!.Value))
            .ToList();
    }

    public void Dispose() => _writes.Dispose();

    private async Task<(WaitingRoomDay Room, RoomSnapshot Snapshot)> ReadAsync(CancellationToken ct)
    {
        await EnsureDayAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
        var room = await store.LoadDayAsync(Today(), ct);
        var now = time.GetUtcNow();
        return (room, RoomViews.Build(room, estimator.Estimate(room, now), await store.PromisedForDayAsync(room.Day, ct), links.For, now));
    }

    private async Task EnsureDayAsync(CancellationToken ct)
    {
        var today = Today();
        if (!demo.Enabled || _seededDay == today)
        {
            return;
        }

        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await demo.EnsureSeededAsync(scope.ServiceProvider.GetRequiredService<WaitingRoomStore>(), today, ct);
            _seededDay = today;
        }
        finally
        {
            _writes.Release();
        }
    }

    private DateOnly Today() => clinic.Today(time);

    private AppointmentSummary Summary(Appointment a) => new(
        a.Id,
        a.Patient.FirstName,
        clinic.Provider(a.ProviderId).Name,
        clinic.VisitType(a.VisitTypeId).Name,
        TimeOnly.FromDateTime(clinic.LocalTime(a.StartsAt).DateTime));
}
