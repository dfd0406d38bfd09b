using Kiosk.Testing;

namespace Kiosk.Hub.Tests;

/// <summary>A fresh hub for each test on the real clock (real Kestrel, real SignalR, its own SQLite file).</summary>
public abstract class OnAFreshHub
{
    /// <summary>Settable: a test that restarts the hub puts the new one here, and it is stopped after the test.</summary>
    protected HubServer Server { get; set; } = null!;

    [SetUp]
    public void StartHub() => Server = new HubServer();

    [TearDown]
    public void StopHub()
    {
        Server.Dispose();
        Server.DeleteData();
    }
}
