using System.Net;
using System.Net.Sockets;

namespace Kiosk.Deploy.Tests.Server;

public static class LoopbackPorts
{
    /// <summary>A port on 127.0.0.1 that nothing listens on now (the system picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
