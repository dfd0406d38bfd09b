using Kiosk.Contracts;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Live;

/// <summary>
/// Pushes a committed change to exactly the groups allowed to see it, and to the Blazor pages
/// running inside this hub (reception board, TV display).
/// </summary>
public sealed class RoomBroadcaster(IHubContext<WaitingRoomHub, IWaitingRoomClient> hub, string clinicId, ILogger<RoomBroadcaster> log)
{
    public event Func<ReceptionBoard, Task>? BoardChanged;

    public event Func<CalledTicket, Task>? TicketCalled;

    public event Func<IReadOnlyList<LateNotice>, Task>? RunningLateChanged;

    /// <summary>Who is running late, for the TV: provider names and minutes, never a reason.</summary>
    public async Task PublishLateAsync(IReadOnlyList<LateNotice> late)
    {
        await hub.Clients.Group(GroupNames.Display(clinicId)).RunningLateShown(late);
        await Raise(RunningLateChanged, late);
    }

    public async Task PublishAsync(RoomSnapshot snapshot, IEnumerable<Guid> changedVisits, CalledTicket? called = null)
    {
        foreach (var id in changedVisits.Distinct())
        {
            if (snapshot.Tickets.TryGetValue(id, out var ticket))
            {
                await hub.Clients.Group(GroupNames.Ticket(ticket.Token)).TicketUpdated(ticket);
            }
        }

        await hub.Clients.Group(GroupNames.Reception).BoardChanged(snapshot.Board);
        await Raise(BoardChanged, snapshot.Board);
        if (called is not null)
        {
            await hub.Clients.Group(GroupNames.Display(clinicId)).TicketCalled(called);
            await Raise(TicketCalled, called);
        }
    }

    private async Task Raise<T>(Func<T, Task>? handlers, T value)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<T, Task>>())
        {
            try
            {
                await handler(value);
            }
            catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
            {
                // A page that closed mid-update must not stop the others from hearing about it.
                log.LogDebug(e, "A page subscriber could not take an update.");
            }
        }
    }
}
