using System.Net;
using System.Net.WebSockets;
using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>One address cannot hold more hub connections open than the cap: the issue saw 10,000 sockets from one address take 2.7 GB.</summary>
public sealed class ConnectionCapTests : OnALimitedHub
{
    [SetUp]
    public void StartHub() => Server = Limited.Connections(2);

    [Test]
    public async Task A_connection_over_the_cap_is_refused_with_429_until_one_closes()
    {
        var first = await Server.AnonymousAsync();
        await using var second = await Server.AnonymousAsync();

        var (status, retryAfter) = await RawWebSocketAsync();
        Assert.That(status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(retryAfter, Is.Not.Empty);
        Assert.That(async () => await Server.AnonymousAsync(), Throws.Exception, "the SignalR client gets no connection either");

        await first.DisposeAsync();

        await using var third = await AcceptedWithinAsync(TimeSpan.FromSeconds(10));
        Assert.That(third.State, Is.EqualTo(HubConnectionState.Connected));
    }

    /// <summary>A WebSocket straight to the hub, as a flood would open it; the answer's status and Retry-After.</summary>
    private async Task<(HttpStatusCode Status, string RetryAfter)> RawWebSocketAsync()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var url = new UriBuilder(new Uri(Server.BaseAddress, HubRoutes.WaitingRoom)) { Scheme = "ws" }.Uri;
        Assert.That(async () => await socket.ConnectAsync(url, CancellationToken.None), Throws.InstanceOf<WebSocketException>());
        return (socket.HttpStatusCode, string.Join(",", socket.HttpResponseHeaders?.Where(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value) ?? []));
    }

    /// <summary>The server frees the place once the closed connection's request has ended, a moment after the client's close.</summary>
    private async Task<HubConnection> AcceptedWithinAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        while (true)
        {
            try
            {
                return await Server.AnonymousAsync();
            }
            catch (Exception e) when (e is HttpRequestException or WebSocketException or AggregateException or InvalidOperationException && !timeout.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
        }
    }
}
