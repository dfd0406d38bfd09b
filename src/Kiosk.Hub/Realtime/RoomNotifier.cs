using Kiosk.Contracts;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Sends each committed change to exactly the groups allowed to see it, then to the pages inside
/// the hub, one change after the other: the next is not sent before the last has been.
/// </summary>
public sealed class RoomNotifier(IHubContext<WaitingRoomHub, IWaitingRoomClient> hub, ClinicProfile clinic) : IRoomNotifier
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

    public IDisposable Subscribe(Func<RoomNews, Task> onNews) => _pages.Add(onNews);

    private async Task AfterAsync(Task previous, RoomNews news)
    {
        // Waits for the one before to be out; if it failed, its own caller hears of it, and this one still goes.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        await SendAsync(news);
    }

    private async Task SendAsync(RoomNews news)
    {
        foreach (var ticket in news.Tickets)
        {
            await hub.Clients.Group(GroupNames.Ticket(ticket.Token)).TicketUpdated(ticket);
        }

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
