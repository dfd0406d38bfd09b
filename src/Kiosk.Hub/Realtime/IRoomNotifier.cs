namespace Kiosk.Hub.Realtime;

/// <summary>
/// The one way a committed change reaches people: SignalR clients (by group) and the pages
/// running inside the hub. News goes out in the order it is handed over.
/// </summary>
public interface IRoomNotifier
{
    /// <summary>
    /// Hand over a committed change while still holding the gate it was committed under, so
    /// hand-over order is commit order; await the task after letting the gate go. It ends once
    /// everyone has been told (and faults if a send failed).
    /// </summary>
    Task Publish(RoomNews news);

    /// <summary>Every kiosk's health, to signed-in reception; the caller keeps lists in order.</summary>
    Task PublishKiosks(Kiosk.Contracts.Health.KioskList kiosks);

    /// <summary>
    /// A change committed by another hub node: only for the pages inside this one, in order with this node's own news
    /// (SignalR clients heard of it through the backplane already).
    /// </summary>
    Task TellPages(RoomNews news);

    /// <summary>For a page inside the hub: every change, in order, until the subscription is disposed.</summary>
    IDisposable Subscribe(Func<RoomNews, Task> onNews);
}
