namespace Kiosk.Hub.Realtime;

/// <summary>
/// A committed change, passed on to the pages running inside the other hub nodes (SignalR clients on those nodes
/// hear of it through the backplane; the Nodes folder has the Redis one). Never fails the change it reports: that is committed already.
/// </summary>
public interface INodeNews
{
    Task ShareAsync(RoomNews news);
}

/// <summary>One node (the default): the pages inside it hear of every change from its own notifier already.</summary>
public sealed class OneNode : INodeNews
{
    public Task ShareAsync(RoomNews news) => Task.CompletedTask;
}
