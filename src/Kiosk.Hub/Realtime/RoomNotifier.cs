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
public sealed class RoomNotifier<THub>(IHubContext<THub, IWaitingRoomClient> hub, ClinicProfile clinic) : IRoomNotifier
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

    /// <summary>
    /// Not queued behind room news: kiosk health looks again when news arrives (a check-in is a
    /// kiosk's last check-in), so waiting for that news to be out would wait for itself. Kiosk
    /// health sends its lists one at a time, in order, on its own.
    /// </summary>
    public Task PublishKiosks(KioskList kiosks) => hub.Clients.Group(GroupNames.Reception).KiosksChanged(kiosks);

    public IDisposable Subscribe(Func<RoomNews, Task> onNews) => _pages.Add(onNews);

    private async Task AfterAsync(Task previous, RoomNews news)
    {
        // Waits for the one before to be out; if it failed, its own caller hears of it, and this one still goes.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        await SendAsync(news);
    }

    private async Task SendAsync(RoomNews news)
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

        await _pages.NotifyAsync(news);
    }
}
