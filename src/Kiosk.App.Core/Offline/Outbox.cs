using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Contracts.Offline;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// Everything the kiosk tells the hub that must not be lost: check-ins (by name, by code, walk-ins) and
/// questions. Each is written to <see cref="OutboxStore"/> first, then sent at once if the hub is there
/// and nothing older is waiting, else kept and marked "told" before the screen says so. The background
/// drain (<see cref="DrainAsync"/>) delivers the rest strictly in order, one at a time; the idempotency
/// key makes a resend after a crash land once. One gate serialises the screen's sends and the drain.
/// </summary>
public sealed partial class Outbox(OutboxStore store, IWaitingRoomGateway hub, ICallbackGateway? questions, TimeProvider time, TimeSpan? sendTimeout = null) : IDisposable
{
    public static readonly TimeSpan DefaultSendTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _sendTimeout = sendTimeout ?? DefaultSendTimeout;
    private readonly HashSet<long> _onScreen = [];
    private int _depth = store.PendingCount();

    /// <summary>Entries not yet delivered to the hub.</summary>
    public int Depth => Volatile.Read(ref _depth);

    public event Action<int>? DepthChanged;

    /// <summary>An entry reached the hub (after being queued, or at once); the screen swaps a queued confirmation for the real ticket.</summary>
    public event Action<OutboxDelivery>? Delivered;

    /// <summary>Something was queued while the hub may be there: the drain should look now.</summary>
    public event Action? Waiting;

    public Task<OutboxAnswer<TicketView>> CheckInAsync(CheckInRequest request, CopiedAppointment? copy = null, CancellationToken ct = default) =>
        SubmitAsync<TicketView>(OutboxKind.CheckIn, request.IdempotencyKey, stamp => request with { Outbox = stamp with { Copy = copy } }, ct);

    public Task<OutboxAnswer<TicketView>> CheckInByCodeAsync(CodeCheckInRequest request, CopiedAppointment? copy = null, CancellationToken ct = default) =>
        SubmitAsync<TicketView>(OutboxKind.CodeCheckIn, request.IdempotencyKey, stamp => request with { Outbox = stamp with { Copy = copy } }, ct);

    public Task<OutboxAnswer<TicketView>> WalkInAsync(WalkInRequest request, CancellationToken ct = default) =>
        SubmitAsync<TicketView>(OutboxKind.WalkIn, request.IdempotencyKey, stamp => request with { Outbox = stamp }, ct);

    /// <summary>A question for a ticket (perhaps one still queued here): after its check-in, in order.</summary>
    public Task<OutboxAnswer<QuestionStatusView>> AskQuestionAsync(AskQuestionRequest request, CancellationToken ct = default) =>
        SubmitAsync<QuestionStatusView>(OutboxKind.Question, request.IdempotencyKey, _ => request, ct);

    public IReadOnlyList<OutboxEntry> Pending() => store.Pending();

    private async Task<OutboxAnswer<T>> SubmitAsync<T>(OutboxKind kind, Guid key, Func<OutboxStamp, object> stamped, CancellationToken ct)
    {
        // Durable first: from here on, whatever happens to the screen or the process, the hub gets it.
        var stamp = new OutboxStamp(time.GetUtcNow(), VisitTicket.NewToken(), ToldCheckedIn: false);
        var entry = store.Add(kind, key, stamped(stamp));
        lock (_onScreen)
        {
            _onScreen.Add(entry.Sequence);
        }

        Recount();
        await _gate.WaitAsync(ct);
        try
        {
            entry = store.Find(key)!;
            if (entry.Delivered || hub.Link != HubLink.Online || store.Pending()[0].Sequence != entry.Sequence)
            {
                // Offline, or something older still waits (order is kept): the drain delivers it after those.
                return Queue<T>(entry);
            }

            if (await SendAsync(entry, ct) is not { } answer)
            {
                return Queue<T>(entry);
            }

            Done(entry, answer);
            return new OutboxAnswer<T>.Sent((HubResult<T>)(answer.Ticket ?? (object)answer.Question!));
        }
        finally
        {
            lock (_onScreen)
            {
                _onScreen.Remove(entry.Sequence);
            }

            _gate.Release();
        }
    }

    private OutboxAnswer<T> Queue<T>(OutboxEntry entry)
    {
        if (!entry.Delivered)
        {
            // Written before the screen shows "you're checked in": a refusal later becomes a reception notice.
            store.MarkTold(entry.Sequence);
        }

        Waiting?.Invoke();
        return new OutboxAnswer<T>.Queued(store.Find(entry.Key) ?? entry);
    }

    public void Dispose() => _gate.Dispose();
}
