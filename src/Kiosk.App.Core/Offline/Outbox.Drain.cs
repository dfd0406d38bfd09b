using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Core.Offline;

/// <summary>Delivering what waits, oldest first, one at a time, each with its stamp.</summary>
public sealed partial class Outbox
{
    /// <summary>
    /// Delivers pending entries in sequence order until none is left, the hub goes away (false) or an
    /// entry a screen is still submitting is reached (that screen sends it). Each is marked delivered
    /// only after the hub answered; a crash in between resends the same key, and the hub returns its first answer.
    /// </summary>
    public async Task<bool> DrainAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            foreach (var entry in store.Pending())
            {
                lock (_onScreen)
                {
                    if (_onScreen.Contains(entry.Sequence))
                    {
                        return true;
                    }
                }

                if (hub.Link != HubLink.Online || Answered(await SendAsync(entry, ct)) is not { } answer)
                {
                    return false;
                }

                Done(entry, answer);
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends one entry once; null when the hub could not be reached (or did not answer in time): nothing is known, keep it.</summary>
    private async Task<OutboxDelivery?> SendAsync(OutboxEntry entry, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_sendTimeout, time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return entry.Request switch
            {
                CheckInRequest r => Ticket(await hub.CheckInAsync(r with { Outbox = r.Outbox! with { ToldCheckedIn = entry.Told } }, both.Token).WaitAsync(both.Token)),
                CodeCheckInRequest r => Ticket(await hub.CheckInByCodeAsync(r with { Outbox = r.Outbox! with { ToldCheckedIn = entry.Told } }, both.Token).WaitAsync(both.Token)),
                WalkInRequest r => Ticket(await hub.WalkInAsync(r with { Outbox = r.Outbox! with { ToldCheckedIn = entry.Told } }, both.Token).WaitAsync(both.Token)),
                AskQuestionRequest r => new OutboxDelivery(entry, null, await (questions ?? throw new InvalidOperationException("This kiosk takes no questions.")).AskQuestionAsync(r, both.Token).WaitAsync(both.Token)),
                _ => throw new InvalidOperationException($"Outbox entry {entry.Sequence} has no request to send."),
            };
        }
        catch (HubUnavailableException)
        {
            return null;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return null;
        }

        OutboxDelivery Ticket(HubResult<TicketView> result) => new(entry, result, null);
    }

    /// <summary>
    /// For the drain, turned away at the door (a limit reached, a key not accepted) is not an answer about a
    /// patient who was already told: the entry is kept and tried again, never marked delivered. (A patient
    /// still at the screen is shown such a refusal as before, and their entry is done.)
    /// </summary>
    private static OutboxDelivery? Answered(OutboxDelivery? delivery) =>
        (delivery?.Ticket?.Refusal ?? delivery?.Question?.Refusal)?.Code is HubRefusals.TooManyRequests or RefusalCodes.NotAllowed ? null : delivery;

    private void Done(OutboxEntry entry, OutboxDelivery answer)
    {
        var refusal = answer.Ticket?.Refusal ?? answer.Question?.Refusal;
        store.MarkDelivered(entry.Sequence, refusal is null ? "delivered" : $"refused:{refusal.Code}");
        Recount();
        Delivered?.Invoke(answer);
    }

    private void Recount()
    {
        var depth = store.PendingCount();
        if (Interlocked.Exchange(ref _depth, depth) != depth)
        {
            DepthChanged?.Invoke(depth);
        }
    }

    /// <summary>Delivered rows of an earlier clinic day (their payload is long gone) are removed.</summary>
    public int ForgetDeliveredBefore(DateTimeOffset before) => store.ForgetDeliveredBefore(before);
}
