using Kiosk.Contracts;

namespace Kiosk.App.Core.Offline;

/// <summary>What the screen hears back from the outbox after "Check me in" (or "Send my question").</summary>
public abstract record OutboxAnswer<T>
{
    private OutboxAnswer()
    {
    }

    /// <summary>The hub answered at once: its ticket, or its refusal to show as today. The entry is done.</summary>
    public sealed record Sent(HubResult<T> Result) : OutboxAnswer<T>;

    /// <summary>
    /// Kept for later, and already marked as told: the patient may be told "you're checked in". The entry's
    /// stamp carries the token for the QR code; <see cref="Outbox.Delivered"/> says when the hub has it.
    /// </summary>
    public sealed record Queued(OutboxEntry Entry) : OutboxAnswer<T>;
}

/// <summary>The hub has an entry: its ticket or question status, or its refusal (told entries' refusals became reception notices).</summary>
public sealed record OutboxDelivery(OutboxEntry Entry, HubResult<TicketView>? Ticket, HubResult<Contracts.Callbacks.QuestionStatusView>? Question);
