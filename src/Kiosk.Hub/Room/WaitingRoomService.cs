using Kiosk.Contracts;
using Kiosk.Hub.Realtime;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

/// <summary>
/// The one owner of the waiting room; the features (check-in, the desk, the TV, the phone) read
/// and change it only through <see cref="ReadAsync"/> and <see cref="ChangeAsync"/>. Every change
/// is made under this hub's write gate, checked against the room's version in the database
/// (another node may have changed it), committed in one transaction with the room's next sequence
/// number, and handed to the notifier before the gate opens again: pushes go out in commit order.
/// </summary>
public sealed class WaitingRoomService(
    IServiceScopeFactory scopes,
    ClinicProfile clinic,
    IWaitEstimator estimator,
    TimeProvider time,
    IRoomNotifier notifier,
    PhoneLinks links,
    IDaySeeding demo,
    LearnedHistory history,
    CalibrationFirsts firsts,
    ILogger<WaitingRoomService> log) : IDisposable
{
    /// <summary>How often a change that found the room moved is made again before it gives up.</summary>
    private const int MostTries = 5;
    private static readonly IReadOnlyDictionary<Guid, WaitEstimate> NoEstimates = new Dictionary<Guid, WaitEstimate>();
    private readonly SemaphoreSlim _writes = new(1, 1);
    private DateOnly _seededDay;
    private Followed? _followed;
    private ReadCache? _lastRead;
    private Committed? _committed;
    private ShownSoFar _shown = ShownSoFar.None;

    /// <summary>The board as it is now, for reception.</summary>
    public async Task<ReceptionBoard> BoardAsync(CancellationToken ct = default) => (await ReadAsync(ct)).Snapshot.Board;

    public void Dispose() => _writes.Dispose();

    /// <summary>
    /// Phones, kiosks and dashboards read far more often than the room changes, and every fresh
    /// snapshot runs the forecast for every provider: a read reuses the last snapshot while the
    /// room's version in the database is the one it was built from (whichever hub made the
    /// change) and the minute has not turned (the minutes shown count down once a minute).
    /// </summary>
    public async Task<(WaitingRoomDay Room, RoomSnapshot Snapshot)> ReadAsync(CancellationToken ct)
    {
        await EnsureDayAsync(ct);
        var now = time.GetUtcNow();
        var day = Today();
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
        // The numbers first, then the room: what is read is at least as new as its numbers say.
        var version = await store.VersionAsync(day, ct);
        if (_lastRead is { } last && last.IsFor(day, version, now))
        {
            return (last.Room, last.Snapshot);
        }

        if (!Follows(day, version))
        {
            await _writes.WaitAsync(ct);
            try
            {
                await FollowAsync(store, day, version, ct);
            }
            finally
            {
                _writes.Release();
            }
        }

        var sequence = await store.SequenceAsync(ct);
        var (room, promised) = await CommittedAsync(store, day, version, ct);
        var snapshot = Snapshot(room, promised, now).At(sequence);
        _lastRead = new ReadCache(day, version, now, room, snapshot);
        return (room, snapshot);
    }

    /// <summary>
    /// One change at a time in this hub, and optimistic between hubs: read the room's version,
    /// load the room, apply and forecast without holding the database; then, in one transaction,
    /// move the version on only if nobody changed the room meanwhile, and commit what the change
    /// did, the estimates shown and its sequence number (a failure leaves nothing half-written).
    /// A change that finds the room moved saved nothing and is made again on the room as it now is.
    /// The news is handed over before the next change may start, and waited for.
    /// </summary>
    public async Task<(RoomChange Change, RoomSnapshot Snapshot)> ChangeAsync(
        Func<WaitingRoomDay, WaitingRoomStore, DateTimeOffset, Task<RoomChange>> apply, CancellationToken ct)
    {
        await EnsureDayAsync(ct);
        Task told;
        (RoomChange, RoomSnapshot) made;
        await _writes.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
                var day = Today();
                var version = await store.VersionAsync(day, ct);
                await FollowAsync(store, day, version, ct);
                // The change is made on a copy of the room as last committed: pages may be reading that one.
                var (committed, promisedBefore) = await CommittedAsync(store, day, version, ct);
                var room = committed.Copy();
                var now = time.GetUtcNow();
                var change = await apply(room, store, now);
                // One forecast for the change: what a new patient is told now is the promise reception
                // measures the wait against, and the same estimates describe the room after it.
                var estimates = estimator.Estimate(room, now);
                await using var transaction = await store.BeginAsync(ct);
                if (!await store.TryMoveVersionAsync(day, version, ct))
                {
                    await transaction.RollbackAsync(ct);
                    log.LogInformation("The room changed elsewhere while a change was being made; making it again (try {Try}).", attempt);
                    if (attempt == MostTries)
                    {
                        throw new InvalidOperationException($"The room kept changing elsewhere; gave up after {MostTries} tries.");
                    }

                    continue;
                }

                var promised = Promised(promisedBefore, room, estimates);
                await store.SaveDayAsync(room, estimates, ct);
                var snapshot = Snapshot(room, promised, now, estimates);
                // Every estimate a patient is shown is kept, the measure of how honest we were: each one that
                // is news to them. One that only counts down the window they were told (a change elsewhere in
                // their line that did not move it) is that promise still, already kept.
                var shown = _shown.Next(room.Day, now, change.Affected
                    .Select(id => (id, snapshot.Tickets.GetValueOrDefault(id)?.Estimate))
                    .Where(s => s.Estimate is not null)
                    .Select(s => (s.id, new WaitEstimate(s.Estimate!.LowMinutes, s.Estimate.LikelyMinutes, s.Estimate.HighMinutes, ""))));
                store.RecordShown(room.Day, now, shown.New);
                var sequence = change.IsNews ? await store.NextSequenceAsync(ct) : await store.SequenceAsync(ct);
                await store.SaveAsync(ct);
                await transaction.CommitAsync(ct);
                _followed = new Followed(day, version + 1);
                _committed = new Committed(day, version + 1, room, promised);
                _shown = shown;
                snapshot = snapshot.At(sequence);
                _lastRead = new ReadCache(day, version + 1, now, room, snapshot);
                told = change.IsNews ? notifier.Publish(News(change, snapshot)) : Task.CompletedTask;
                made = (change, snapshot);
                break;
            }
        }
        finally
        {
            _writes.Release();
        }

        await told;
        return made;
    }

    /// <summary>
    /// A change to another day than today (tomorrow's list imported today): checked against the
    /// day's version and committed in one transaction like any change, made again if the day
    /// moved meanwhile; no forecast and no news, as nobody waits in that room yet.
    /// </summary>
    public async Task<T> ChangeDayAsync<T>(DateOnly day, Func<WaitingRoomDay, WaitingRoomStore, DateTimeOffset, T> apply, CancellationToken ct)
    {
        if (day == Today())
        {
            throw new ArgumentException("Today's room changes through ChangeAsync, which tells everyone watching it.", nameof(day));
        }

        await _writes.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
                var version = await store.VersionAsync(day, ct);
                var room = await store.LoadDayAsync(day, ct);
                var made = apply(room, store, time.GetUtcNow());
                await using var transaction = await store.BeginAsync(ct);
                if (!await store.TryMoveVersionAsync(day, version, ct))
                {
                    await transaction.RollbackAsync(ct);
                    if (attempt == MostTries)
                    {
                        throw new InvalidOperationException($"The day {day:yyyy-MM-dd} kept changing elsewhere; gave up after {MostTries} tries.");
                    }

                    continue;
                }

                await store.SaveDayAsync(room, NoEstimates, ct);
                await transaction.CommitAsync(ct);
                return made;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>The change as each audience hears it: the tickets it touched, the board, a call, who is late.</summary>
    private static RoomNews News(RoomChange change, RoomSnapshot snapshot) => new(snapshot.Sequence)
    {
        Tickets = [.. change.Affected.Distinct().Select(snapshot.Tickets.GetValueOrDefault).OfType<TicketView>()],
        Board = snapshot.Board,
        Called = change.Called is { } called ? called with { Sequence = snapshot.Sequence } : null,
        Late = change.LateChanged ? RoomViews.LateNotices(snapshot.Board) : null,
    };

    private RoomSnapshot Snapshot(WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> promised, DateTimeOffset now,
        IReadOnlyDictionary<Guid, WaitEstimate>? estimates = null)
    {
        var built = RoomViews.Build(room, estimates ?? estimator.Estimate(room, now), promised, links.For, now);
        return new RoomSnapshot(built.Board with { Suggestions = RoomViews.Suggestions(room, now) }, built.Tickets);
    }

    /// <summary>
    /// The room at <paramref name="version"/> with what each patient was promised at check-in: the one
    /// this hub committed or loaded last when it is that version, else loaded from the database (the
    /// day turned, or the room changed in another hub). Never changed once kept: changes copy it.
    /// </summary>
    private async Task<(WaitingRoomDay Room, IReadOnlyDictionary<Guid, WaitEstimate> Promised)> CommittedAsync(
        WaitingRoomStore store, DateOnly day, long version, CancellationToken ct)
    {
        if (_committed is { } kept && kept.Day == day && kept.Version == version)
        {
            return (kept.Room, kept.Promised);
        }

        var room = await store.LoadDayAsync(day, ct);
        var promised = await store.PromisedForDayAsync(day, ct);
        // Kept only if nothing moved the room while it was read, so it is that version's room.
        if (await store.VersionAsync(day, ct) == version)
        {
            _committed = new Committed(day, version, room, promised);
        }

        return (room, promised);
    }

    /// <summary>
    /// The promises after a change: those made before, and each new visit's first estimate as the store
    /// keeps it (without the reason's parts, as a promise read back from the database has none).
    /// </summary>
    private static IReadOnlyDictionary<Guid, WaitEstimate> Promised(
        IReadOnlyDictionary<Guid, WaitEstimate> before, WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> estimates)
    {
        var made = room.Unstored().NewVisits
            .Where(n => estimates.ContainsKey(n.Visit.Id))
            .Select(n => (n.Visit.Id, Estimate: estimates[n.Visit.Id]))
            .ToList();
        if (made.Count == 0)
        {
            return before;
        }

        var after = new Dictionary<Guid, WaitEstimate>(before);
        foreach (var (id, e) in made)
        {
            after[id] = new WaitEstimate(e.LowMinutes, e.LikelyMinutes, e.HighMinutes, e.Reason);
        }

        return after;
    }

    private async Task EnsureDayAsync(CancellationToken ct)
    {
        var today = Today();
        await history.RefreshAsync(today, ct);
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

    /// <summary>This hub made, or has followed, the room's latest change: what it remembers of the day is the database's.</summary>
    private bool Follows(DateOnly day, long version) => _followed == new Followed(day, version);

    /// <summary>
    /// Called with the write gate held. When the room's version is not one this hub made or
    /// followed, the room changed in another hub (another node, or this one before a restart):
    /// what each waiting patient was last told is read back, so a promise is not quietly replaced
    /// by a fresh (perhaps later) one just because another hub answers; and the calibrator
    /// recalls the day's first ranges rather than forecasting every arrival again.
    /// </summary>
    private async Task FollowAsync(WaitingRoomStore store, DateOnly day, long version, CancellationToken ct)
    {
        if (Follows(day, version))
        {
            return;
        }

        var lastShown = await store.LastShownAsync(day, ct);
        if (estimator is SteadyEstimates steady)
        {
            foreach (var (visit, told, at) in lastShown)
            {
                steady.Remember(visit, told, at);
            }
        }

        _shown = ShownSoFar.From(day, lastShown);

        await firsts.KeepNewAsync(ct);
        await firsts.RecallAsync(day, ct);
        _followed = new Followed(day, version);
    }

    private DateOnly Today() => clinic.Today(time);

    private sealed record ReadCache(DateOnly Day, long Version, DateTimeOffset At, WaitingRoomDay Room, RoomSnapshot Snapshot)
    {
        public bool IsFor(DateOnly day, long version, DateTimeOffset now) =>
            day == Day && version == Version && now >= At && now.ToUnixTimeSeconds() / 60 == At.ToUnixTimeSeconds() / 60;
    }

    /// <summary>The room at a version, as this hub committed or loaded it, and the promises made in it.</summary>
    private sealed record Committed(DateOnly Day, long Version, WaitingRoomDay Room, IReadOnlyDictionary<Guid, WaitEstimate> Promised);

    /// <summary>The room's version on a day that this hub last made or read back.</summary>
    private sealed record Followed(DateOnly Day, long Version);
}
