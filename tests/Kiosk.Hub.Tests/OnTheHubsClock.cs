using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests;

/// <summary>A fresh hub for each test, on a clock the test moves (real Kestrel, real SignalR, its own SQLite file).</summary>
public abstract class OnTheHubsClock
{
    protected FakeTimeProvider Time { get; private set; } = null!;

    /// <summary>Settable: a test that restarts the hub puts the new one here, and it is stopped after the test.</summary>
    protected HubServer Server { get; set; } = null!;

    [SetUp]
    public void StartHub()
    {
        // Today's time to the millisecond: PostgreSQL keeps times to the microsecond, so a time the test holds reads back equal on either database.
        var now = DateTimeOffset.UtcNow;
        Time = new FakeTimeProvider(now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond)));
        Server = new HubServer(time: Time);
    }

    [TearDown]
    public void StopHub()
    {
        Server.Dispose();
        Server.DeleteData();
    }
}
