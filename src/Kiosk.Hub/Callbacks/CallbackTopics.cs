using Kiosk.Contracts.Callbacks;
using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.Hub.Callbacks;

/// <summary>The clinic's topics, loaded once at start-up.</summary>
public sealed class CallbackTopics(IReadOnlyList<CallbackTopic> all)
{
    public IReadOnlyList<CallbackTopic> All { get; } = all;

    public IReadOnlyList<CallbackTopicView> Views { get; } =
        all.Select(t => new CallbackTopicView(t.Id, t.Names, t.Promise.TotalHours)).ToList();

    public CallbackTopic? Find(string? id) => All.FirstOrDefault(t => t.Id == id);
}
