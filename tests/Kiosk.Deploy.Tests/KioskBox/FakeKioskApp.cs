using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>
/// Stands in for Kiosk.App on a loopback port, answering /healthz and /healthz/screen with the statuses a test
/// sets. "Nothing answers" is a port where nothing listens: <see cref="NobodyHome"/>.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FakeKioskApp : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeKioskApp(int screenStatus, string screenBody)
    {
        ScreenStatus = screenStatus;
        ScreenBody = screenBody;
        _listener.Start();
        _serving = ServeAsync();
    }

    public int ScreenStatus { get; }

    public string ScreenBody { get; }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>A loopback address that refuses connections: a port taken and let go again.</summary>
    public static string NobodyHome()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped while waiting for the next request: the ordinary end.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync(_stop.Token) ?? "";
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
            {
                // Headers: read past them to the blank line.
            }

            var path = requestLine.Split(' ') is [_, var p, ..] ? p : "";
            var (status, body) = path == "/healthz/screen" ? (ScreenStatus, ScreenBody) : (200, """{"hub":"Online"}""");
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status} X\r\nContent-Type: text/plain\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(bytes, _stop.Token);
        }
    }
}
