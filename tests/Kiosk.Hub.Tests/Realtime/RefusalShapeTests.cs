using Kiosk.Hub;
using System.Reflection;
using Kiosk.Contracts;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// One style for refusals: every hub method that can say no says it in its result, so a new method
/// cannot slip back to refusing by exception text that clients would have to parse.
/// </summary>
public sealed class RefusalShapeTests
{
    /// <summary>
    /// Methods that only read or join a group. Nothing in them can be refused except by the transport
    /// (role, revoked credentials, limits), which stays a HubException on purpose.
    /// </summary>
    private static readonly string[] TransportOnly =
    [
        nameof(IWaitingRoomHub.LobbyWait),
        nameof(IWaitingRoomHub.Appearance),
        nameof(IWaitingRoomHub.AppointmentCopy),
        nameof(IWaitingRoomHub.WatchBoard),
        nameof(IWaitingRoomHub.CallbackTopics),
        nameof(IWaitingRoomHub.WatchCallbacks),
        nameof(IWaitingRoomHub.WatchDisplay),
        nameof(IWaitingRoomHub.WatchRunningLate),
        nameof(IWaitingRoomHub.WatchKiosks),
    ];

    private static IEnumerable<MethodInfo> Methods => typeof(IWaitingRoomHub).GetMethods();

    [Test]
    public void Every_hub_method_that_can_be_refused_returns_a_hub_result()
    {
        var plain = Methods.Where(m => !TransportOnly.Contains(m.Name) && !ReturnsResult(m)).Select(m => $"{m.Name} returns {m.ReturnType.Name}");

        Assert.That(plain, Is.Empty, "return Task<HubResult<T>> (or Task<HubResult>), or list the method as transport-only if nothing in it can be refused");
    }

    [Test]
    public void A_transport_only_method_takes_nothing_a_caller_could_get_wrong()
    {
        var withInput = Methods.Where(m => TransportOnly.Contains(m.Name) && m.GetParameters().Length > 0).Select(m => m.Name);

        Assert.That(withInput, Is.Empty, "a method with input can be refused for it: return a HubResult");
    }

    [Test]
    public void The_hub_builds_each_methods_own_refused_result()
    {
        var refusal = new Refusal(RefusalCodes.InvalidInput, "Say which patient.", "VisitId");
        var hub = typeof(WaitingRoomHub);

        var built = Methods.Where(ReturnsResult).Select(m => HubResults.Refused(hub.GetMethod(m.Name)!, refusal)).ToList();

        Assert.That(built.Select(r => r?.GetType()), Is.EqualTo(Methods.Where(ReturnsResult).Select(m => m.ReturnType.GetGenericArguments()[0])));
        Assert.That(built.Select(r => r!.GetType().GetProperty(nameof(HubResult.Refusal))!.GetValue(r)), Has.All.EqualTo(refusal));
        Assert.That(HubResults.Refused(hub.GetMethod(nameof(IWaitingRoomHub.WatchBoard))!, refusal), Is.Null, "a transport-only method has no result to carry it");
    }

    private static bool ReturnsResult(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
        && method.ReturnType.GetGenericArguments()[0] is var result
        && (result == typeof(HubResult) || (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(HubResult<>)));
}
