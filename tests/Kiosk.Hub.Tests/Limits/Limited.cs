using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>Hubs with one limit lowered, so a test reaches it in a few calls. Buckets refill once a day: never during a test.</summary>
public static class Limited
{
    public static HubServer Hub(string limit, int burst, RecordedLogs? logs = null, IReadOnlyDictionary<string, string>? settings = null) => new(settings: new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
    {
        [$"Limits:{limit}:Burst"] = $"{burst}",
        [$"Limits:{limit}:Refill"] = "1",
        [$"Limits:{limit}:Every"] = "1.00:00:00",
    }, logs: logs);

    public static HubServer Connections(int cap) => new(settings: new Dictionary<string, string> { ["Limits:ConnectionsPerAddress"] = $"{cap}" });
}

/// <summary>Each test starts the hub it needs (one limit lowered); the fixture stops it afterwards.</summary>
public abstract class OnALimitedHub
{
    protected HubServer Server { get; set; } = null!;

    [TearDown]
    public void StopHub()
    {
        Server.Dispose();
        Server.DeleteData();
    }
}
