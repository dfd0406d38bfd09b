using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Realtime;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Live;

/// <summary>
/// The one owner of the waiting room. Every change is made under one write gate, committed to
/// the database in one transaction with the room's next sequence number, and handed to the
/// notifier before the gate opens again: pushes go out in commit order.
/// </summary>
public sealed partial class WaitingRoomService(
    IServiceScopeFactory scopes,
    ClinicProfile clinic,
    ClinicFile file,
    IWaitEstimator estimator,
    TimeProvider time,
    IRoomNotifier notifier,
    PhoneLinks links,
    DemoAppointments demo,
    LearnedHistory history,
    CodeTries tries,
    NameTries nameTries,
    CalibrationFirsts firsts,
    ILogger<WaitingRoomService> log) : IDisposable
{
    private const int RecentCalls = 5;
    private static readonly IReadOnlyDictionary<Guid, WaitEstimate> NoEstimates = new Dictionary<Guid, WaitEstimate>();
    private readonly SemaphoreSlim _writes = new(1, 1);
    private DateOnly _seededDay;
    private DateOnly _promisesRestoredFor;
    private long _version;
    private ReadCache? _lastRead;

    /// <summary>A name and birth date that match nobody count against the kiosk (see <see cref="NameTries"/>).</summary>
    public async Task<AppointmentLookupResult> FindAsync(AppointmentLookup lookup, string kiosk, CancellationToken ct = default)
    {
        if (await nameTries.IsLockedOutAsync(kiosk, ct))
        {
            return new(LookupOutcome.TooManyTries, null, null);
        }

        var (room, snapshot) = await ReadAsync(ct);
        var found = room.Find(lookup.LastName, lookup.DateOfBirth);
        if (found.Match == LookupMatch.None)
        {
            await nameTries.WrongAsync(kiosk, ct);
            log.LogInformation("A name and date of birth matched no appointment today.");
        }

        return Result(found, snapshot);
    }

    /// <summary>What the kiosk may be told about a lookup; outside the check-in window only the times, never who.</summary>
    private AppointmentLookupResult Result(Lookup found, RoomSnapshot snapshot) => found switch
    {
        { Match: LookupMatch.None } => new(LookupOutcome.NotFound, null, null),
        { Match: LookupMatch.Several } => new(LookupOutcome.SeeReception, null, null),
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

    public async Task<TicketView> CheckInAsync(CheckInRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync((room, store, now) =>
        {
            var outcome = room.CheckIn(request.IdempotencyKey, request.AppointmentId, request.LastName, request.DateOfBirth, by, now, clinic.CheckInWindow);
            if (outcome.Created)
            {
                RaiseIfFeelingWorse(store, outcome.Visit, request.Care, by, now);
                log.LogInformation("Checked in ticket {Code} with {Provider}.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId);
            }

            return Task.FromResult(new Change(outcome.Visit.Id, outcome.Created ? room.Queue(outcome.Visit.ProviderId).Select(v => v.Id).ToList() : [], null) { Care = request.Care });
        }, ct);
        return snapshot.Tickets[change.VisitId];
    }

    public async Task<TicketView> WalkInAsync(WalkInRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync((room, store, now) =>
        {
            var (providerId, visitTypeId) = WalkInPlan.For(room, request.Reason);
            var patient = new PatientIdentity(request.FirstName, request.LastName, request.DateOfBirth);
            var outcome = room.WalkIn(request.IdempotencyKey, patient, providerId, visitTypeId, by, now);
            if (outcome.Created)
            {
                RaiseIfFeelingWorse(store, outcome.Visit, request.Care, by, now);
                log.LogInformation("Walk-in ticket {Code} with {Provider}.", outcome.Visit.Ticket.Code, providerId);
            }

            return Task.FromResult(new Change(outcome.Visit.Id, outcome.Created ? room.Queue(outcome.Visit.ProviderId).Select(v => v.Id).ToList() : [], null) { Care = request.Care });
        }, ct);
        return snapshot.Tickets[change.VisitId];
    }

    public async Task<BoardRow> CallAsync(CallVisitRequest request, string by, CancellationToken ct = default)
    {
        var toRoom = file.KnownRoom(request.Room)
            ?? throw new DeskRefusedException(RefusalCodes.UnknownRoom, $"'{request.Room.Trim()}' is not one of the clinic's rooms: {string.Join(", ", file.AllRooms)}.");
        var (change, snapshot) = await ChangeAsync((room, _, now) =>
        {
            var visit = room.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var called = visit.Call(toRoom, by, now);
            log.LogInformation("Called ticket {Code} to {Room}.", visit.Ticket.Code, called.Room);
            return Task.FromResult(new Change(visit.Id, [visit.Id, .. room.Queue(visit.ProviderId).Select(v => v.Id)], new CalledTicket(visit.Ticket.Code, called.Room!, now)));
        }, ct);
        return snapshot.Board.Rows.First(r => r.VisitId == change.VisitId);
    }

    /// <summary>In room, done, no-show, left, or undo: one desk action on one visit, then everyone affected hears.</summary>
    public async Task<BoardRow?> ActAsync(DeskActionRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync((room, store, now) =>
        {
            var visit = room.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var before = visit.ProviderId;
            _ = request.Action switch
            {
                DeskAction.InRoom => visit.EnterRoom(by, now),
                DeskAction.Done => visit.Complete(by, now),
                DeskAction.NoShow => visit.MarkNoShow(by, now),
                DeskAction.LeftWithoutBeingSeen => visit.MarkLeft(by, now),
                DeskAction.Undo => visit.Undo(by, now),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Action, "Unknown desk action."),
            };
            log.LogInformation("{Action} for ticket {Code}.", request.Action, visit.Ticket.Code);
            return Task.FromResult(new Change(visit.Id, [visit.Id, .. Lines(room, before, visit.ProviderId)], null));
        }, ct);
        return snapshot.Board.Rows.FirstOrDefault(r => r.VisitId == change.VisitId);
    }

    public async Task<BoardRow?> MoveAsync(MoveVisitRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync((room, _, now) =>
        {
            var visit = room.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var from = visit.ProviderId;
            if (from == request.ToProviderId)
            {
                throw new DeskRefusedException(RefusalCodes.AlreadyInThatLine, $"Ticket {visit.Ticket.Code} is already in {clinic.Provider(from).Name}'s line.");
            }

            visit.MoveTo(request.ToProviderId, by, now);
            log.LogInformation("Moved ticket {Code} from {From} to {To}.", visit.Ticket.Code, from, request.ToProviderId);
            return Task.FromResult(new Change(visit.Id, [visit.Id, .. Lines(room, from, request.ToProviderId)], null));
        }, ct);
        return snapshot.Board.Rows.FirstOrDefault(r => r.VisitId == change.VisitId);
    }

    public async Task<ReceptionBoard> SetDelayAsync(ProviderDelayRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync((room, _, now) =>
        {
            room.SetProviderDelay(request.ProviderId, request.Minutes, request.Reason, by, now);
            log.LogInformation("{Provider} running {Minutes} min late.", request.ProviderId, request.Minutes);
            return Task.FromResult(new Change(Guid.Empty, [.. room.Queue(request.ProviderId).Select(v => v.Id)], null, BoardChanged: true, LateChanged: true));
        }, ct);
        return snapshot.Board;
    }

    public async Task<TicketView?> TicketAsync(string token, CancellationToken ct = default)
    {
        var (room, snapshot) = await ReadAsync(ct);
        return room.VisitByToken(token) is { } visit ? snapshot.Tickets[visit.Id] : null;
    }

    /// <summary>
    /// The middle of the ranges told to the people waiting now: what someone arriving can expect,
    /// roughly. Null when nobody is waiting with an estimate: then the kiosk shows nothing rather than guess.
    /// </summary>
    public async Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default)
    {
        var (_, snapshot) = await ReadAsync(ct);
        var told = snapshot.Tickets.Values.Where(t => t.Status == VisitStatus.Waiting && t.Estimate is not null).Select(t => t.Estimate!).ToList();
        if (told.Count == 0)
        {
            return null;
        }

        static int Median(IEnumerable<int> values) => values.Order().ElementAt((values.Count() - 1) / 2);
        return new WaitRange(Median(told.Select(t => t.LowMinutes)), Median(told.Select(t => t.LikelyMinutes)), Median(told.Select(t => t.HighMinutes)), "");
    }

    public async Task<ReceptionBoard> BoardAsync(CancellationToken ct = default) => (await ReadAsync(ct)).Snapshot.Board;

    public async Task<IReadOnlyList<CalledTicket>> RecentCallsAsync(CancellationToken ct = default) => (await DisplayAsync(ct)).Calls;

    /// <summary>What the TV shows now (the latest calls, who is running late) and the room's change it is as of.</summary>
    public async Task<DisplayNow> DisplayAsync(CancellationToken ct = default)
    {
        var (room, snapshot) = await ReadAsync(ct);
        var calls = room.Visits
            .Where(v => v.CalledAt is not null && v.Room is not null)
            .OrderByDescending(v => v.CalledAt)
            .Take(RecentCalls)
            .Select(v => new CalledTicket(v.Ticket.Code, v.Room!, v.CalledAt!.Value) { Sequence = snapshot.Sequence })
            .ToList();
        return new DisplayNow(calls, LateNotices(snapshot.Board), snapshot.Sequence);
    }

    public void Dispose() => _writes.Dispose();

    /// <summary>
    /// Phones, kiosks and dashboards read far more often than the room changes, and every fresh
    /// snapshot runs the forecast for every provider: a read reuses the last snapshot until the
    /// room changes or the minute turns (the minutes shown count down once a minute).
    /// </summary>
    private async Task<(WaitingRoomDay Room, RoomSnapshot Snapshot)> ReadAsync(CancellationToken ct)
    {
        await EnsureDayAsync(ct);
        var now = time.GetUtcNow();
        var version = Interlocked.Read(ref _version);
        if (_lastRead is { } last && last.IsFor(version, now))
        {
            return (last.Room, last.Snapshot);
        }

        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
        // The number first, then the room: what is read is at least as new as its number says.
        var sequence = await store.SequenceAsync(ct);
        var room = await store.LoadDayAsync(Today(), ct);
        var snapshot = (await SnapshotAsync(room, store, now, ct)).At(sequence);
        _lastRead = new ReadCache(version, now, room, snapshot);
        return (room, snapshot);
    }

    /// <summary>
    /// One change at a time: load today's room, apply, and commit what it did, the estimates
    /// shown and the change's sequence number in one transaction (a failure leaves nothing
    /// half-written); then hand the news over before the next change may start, and wait for it to be out.
    /// </summary>
    private async Task<(Change Change, RoomSnapshot Snapshot)> ChangeAsync(
        Func<WaitingRoomDay, WaitingRoomStore, DateTimeOffset, Task<Change>> apply, CancellationToken ct)
    {
        await EnsureDayAsync(ct);
        Task told;
        (Change, RoomSnapshot) made;
        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
            await using var transaction = await store.BeginAsync(ct);
            var room = await store.LoadDayAsync(Today(), ct);
            var now = time.GetUtcNow();
            var change = await apply(room, store, now);
            // One forecast for the change: what a new patient is told now is the promise reception
            // measures the wait against, and the same estimates describe the room after it.
            var estimates = estimator.Estimate(room, now);
            await store.SaveDayAsync(room, room.Unstored().NewVisits.Count > 0 ? estimates : NoEstimates, change.Care, ct);
            var snapshot = await SnapshotAsync(room, store, now, ct, estimates);
            // Every estimate a patient is shown is kept: the measure of how honest we were.
            store.RecordShown(room.Day, now, change.Affected
                .Select(id => (id, snapshot.Tickets.GetValueOrDefault(id)?.Estimate))
                .Where(s => s.Estimate is not null)
                .Select(s => (s.id, new WaitEstimate(s.Estimate!.LowMinutes, s.Estimate.LikelyMinutes, s.Estimate.HighMinutes, ""))));
            var sequence = change.IsNews ? await store.NextSequenceAsync(ct) : await store.SequenceAsync(ct);
            await store.SaveAsync(ct);
            await transaction.CommitAsync(ct);
            snapshot = snapshot.At(sequence);
            _lastRead = new ReadCache(Interlocked.Increment(ref _version), now, room, snapshot);
            told = change.IsNews ? notifier.Publish(News(change, snapshot)) : Task.CompletedTask;
            made = (change, snapshot);
        }
        finally
        {
            _writes.Release();
        }

        await told;
        return made;
    }

    /// <summary>The change as each audience hears it: the tickets it touched, the board, a call, who is late.</summary>
    private static RoomNews News(Change change, RoomSnapshot snapshot) => new(snapshot.Sequence)
    {
        Tickets = [.. change.Affected.Distinct().Select(snapshot.Tickets.GetValueOrDefault).OfType<TicketView>()],
        Board = snapshot.Board,
        Called = change.Called is { } called ? called with { Sequence = snapshot.Sequence } : null,
        Late = change.LateChanged ? LateNotices(snapshot.Board) : null,
    };

    private async Task<RoomSnapshot> SnapshotAsync(WaitingRoomDay room, WaitingRoomStore store, DateTimeOffset now, CancellationToken ct,
        IReadOnlyDictionary<Guid, WaitEstimate>? estimates = null)
    {
        var built = RoomViews.Build(room, estimates ?? estimator.Estimate(room, now), await store.PromisedForDayAsync(room.Day, ct), links.For, now, await store.CareNotesForDayAsync(room.Day, ct), await store.DeskNotesForDayAsync(room.Day, ct));
        return new RoomSnapshot(built.Board with { Suggestions = Suggestions(room, now, await store.NotNowForDayAsync(room.Day, ct)) }, built.Tickets);
    }

    private async Task EnsureDayAsync(CancellationToken ct)
    {
        var today = Today();
        await history.RefreshAsync(today, ct);
        await RestorePromisesAsync(today, ct);
        await firsts.KeepNewAsync(ct);
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

    /// <summary>
    /// After a restart, what each waiting patient was told is read back, so a promise is not
    /// quietly replaced by a fresh (perhaps later) one just because the hub restarted; and the
    /// calibrator recalls the day's first ranges rather than forecasting every arrival again.
    /// </summary>
    private async Task RestorePromisesAsync(DateOnly today, CancellationToken ct)
    {
        if (_promisesRestoredFor == today || estimator is not SteadyEstimates steady)
        {
            return;
        }

        await _writes.WaitAsync(ct);
        try
        {
            if (_promisesRestoredFor != today)
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var (visit, told, at) in await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LastShownAsync(today, ct))
                {
                    steady.Remember(visit, told, at);
                }

                await firsts.RecallAsync(today, ct);

                _promisesRestoredFor = today;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    private DateOnly Today() => clinic.Today(time);

    private static IEnumerable<Guid> Lines(WaitingRoomDay room, params string[] providers) =>
        providers.Distinct().SelectMany(p => room.Queue(p)).Select(v => v.Id);

    private AppointmentSummary Summary(Appointment a) => new(
        a.Id,
        a.Patient.FirstName,
        clinic.Provider(a.ProviderId).Name,
        clinic.VisitType(a.VisitTypeId).Name,
        TimeOnly.FromDateTime(clinic.LocalTime(a.StartsAt).DateTime));

    /// <summary>The TV's screen as of one change of the room.</summary>
    public sealed record DisplayNow(IReadOnlyList<CalledTicket> Calls, IReadOnlyList<LateNotice> Late, long Sequence);

    private sealed record ReadCache(long Version, DateTimeOffset At, WaitingRoomDay Room, RoomSnapshot Snapshot)
    {
        public bool IsFor(long version, DateTimeOffset now) =>
            version == Version && now >= At && now.ToUnixTimeSeconds() / 60 == At.ToUnixTimeSeconds() / 60;
    }

    /// <summary>What a change did: the visit it was about, whose view changed, a call for the TV, and whether the board or who is late changed.</summary>
    private sealed record Change(Guid VisitId, IReadOnlyList<Guid> Affected, CalledTicket? Called, bool BoardChanged = false, bool LateChanged = false)
    {
        /// <summary>What a patient checking in told us, kept with their new visit.</summary>
        public CareNotes? Care { get; init; }

        /// <summary>Anything anyone sees changed: only then does the change take a number and go out.</summary>
        public bool IsNews => Affected.Count > 0 || Called is not null || BoardChanged || LateChanged;
    }
}
