using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Http;

/// <summary>A fixture's own hub with one demo patient checked in, and that patient's phone link.</summary>
public abstract class OnePhoneLink
{
    protected HubServer Server { get; private set; } = null!;

    protected Uri Phone { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CheckInOnce()
    {
        Server = new HubServer();
        await using var kiosk = await Server.KioskAsync();
        Phone = new Uri((await kiosk.CheckInAsync(DemoPatients.Chen)).PhoneUrl);
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        Server.Dispose();
        Server.DeleteData();
    }
}
