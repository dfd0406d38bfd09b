using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Sends each committed change to exactly the groups allowed to see it (every ticket's at once), then to
/// the pages inside the hub, one change after the other: the next is not sent before the last has been.
/// <typeparamref name="THub"/> is the waiting room's hub, named by the composition (Program) so
/// that the plumbing does not depend on the endpoint that uses it.
/// </summary>
public sealed class RoomNotifier<THub>(IHubContext<THub, IWaitingRoomClient> hub, ClinicProfile clinic, INodeNews nodes, ILogger<RoomNotifier<THub>> log) : IRoomNotifier
    where THub : Microsoft.AspNetCore.SignalR.Hub<IWaitingRoomClient>
{
    private readonly Lock _order = new();
    private readonly Subscribers<RoomNews> _pages = new();
    private Task _last = Task.CompletedTask;

    public Task Publish(RoomNews news)
    {
        lock (_order)
        {
            _last = AfterAsync(_last, news);
            return _last;
        }
    }

    public Task TellPages(RoomNews news)
    {
        lock (_order)
        {
            _last = PagesAfterAsync(_last, news);
            return _last;
        }
    }

    /// <summary>
    /// Not queued behind room news: kiosk health looks again when news arrives (a check-in is a
    /// kiosk's last check-in), so waiting for that news to be out would wait for itself. Kiosk
    /// health sends its lists one at a time, in order, on its own.
    /// </summary>
    public Task PublishKiosks(KioskList kiosks) => NotLostAsync(hub.Clients.Group(GroupNames.Reception).KiosksChanged(kiosks), "Kiosk health");

    public IDisposable Subscribe(Func<RoomNews, Task> onNews) => _pages.Add(onNews);

    private async Task AfterAsync(Task previous, RoomNews news)
    {
        // Waits for the one before to be out; if it failed, its own caller hears of it, and this one still goes.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        await SendAsync(news);
    }

    private async Task PagesAfterAsync(Task previous, RoomNews news)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        await _pages.NotifyAsync(news);
    }

    private async Task SendAsync(RoomNews news)
    {
        await NotLostAsync(SendToClientsAsync(news), $"Room news {news.Sequence}");
        await _pages.NotifyAsync(news);
        await nodes.ShareAsync(news);
    }

    /// <summary>
    /// On several nodes every send goes through Redis (SignalR's backplane), which can be away. The change is committed
    /// by then and must stand: the clients it missed see it with the next news or when they reconnect (a view is whole,
    /// never a diff), and readiness says the node is not ready until Redis answers. On one node a send does not fail.
    /// </summary>
    private async Task NotLostAsync(Task send, string what)
    {
        try
        {
            await send;
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            log.LogWarning(e, "{What} did not reach every client: Redis (Hub:Redis), which carries pushes between hub nodes, does not answer.", what);
        }
    }

    private async Task SendToClientsAsync(RoomNews news)
    {
        // Each ticket is its own group: they go out together, so one slow phone does not hold up the line behind it.
        // The next change still waits for all of them (order between changes is kept).
        await Task.WhenAll(news.Tickets.Select(ticket => hub.Clients.Group(GroupNames.Ticket(ticket.Token)).TicketUpdated(ticket)));

        if (news.Question is { } question)
        {
            await hub.Clients.Group(GroupNames.Ticket(question.TicketToken)).QuestionUpdated(question.Status);
        }

        if (news.Board is { } board)
        {
            await hub.Clients.Group(GroupNames.Reception).BoardChanged(board);
        }

        if (news.Callbacks is { } callbacks)
        {
            await hub.Clients.Group(GroupNames.Reception).CallbacksChanged(callbacks);
        }

        if (news.Called is { } called)
        {
            await hub.Clients.Group(GroupNames.Display(clinic.Id)).TicketCalled(called);
        }

        if (news.Late is { } late)
        {
            await hub.Clients.Group(GroupNames.Display(clinic.Id)).RunningLateShown(new RunningLateNow(late, news.Sequence));
        }
    }
}
