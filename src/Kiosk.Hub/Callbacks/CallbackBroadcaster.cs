using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Callbacks;

/// <summary>Pushes a committed callback change to reception and to the asking ticket's holders only.</summary>
public sealed class CallbackBroadcaster(IHubContext<WaitingRoomHub, IWaitingRoomClient> hub, ILogger<CallbackBroadcaster> log)
{
    /// <summary>For the reception page running inside this hub (Blazor), which is not a SignalR client.</summary>
    public event Func<CallbackList, Task>? ListChanged;

    public async Task PublishAsync(CallbackList list, string ticketToken, QuestionStatusView question)
    {
        await hub.Clients.Group(GroupNames.Ticket(ticketToken)).QuestionUpdated(question);
        await hub.Clients.Group(GroupNames.Reception).CallbacksChanged(list);
        foreach (var handler in ListChanged?.GetInvocationList().Cast<Func<CallbackList, Task>>() ?? [])
        {
            try
            {
                await handler(list);
            }
            catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
            {
                // A page that closed mid-update must not stop the others from hearing about it.
                log.LogDebug(e, "A page subscriber could not take a callbacks update.");
            }
        }
    }
}
