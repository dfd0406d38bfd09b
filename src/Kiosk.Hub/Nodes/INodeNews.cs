using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Nodes;

/// <summary>
/// A committed change, passed on to the pages running inside the other hub nodes (SignalR clients on those nodes
/// hear of it through the backplane). Never fails the change it reports: that is committed already.
/// </summary>
public interface INodeNews
{
    Task ShareAsync(RoomNews news);
}
