using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Kiosk.Contracts;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>What the hub said to one call: a completion's result or error, or the connection closed (with the hub's reason, if it gave one).</summary>
public sealed record HubAnswer(JsonElement? Result, string? Error, bool Closed, string? CloseReason);

/// <summary>
/// SignalR's JSON protocol spoken by hand over a real WebSocket to the real hub, so that a call can
/// carry what the .NET client would never send: broken JSON, an argument list that is not a list, a
/// key twice. One call at a time; the hub's pushes and pings are read past.
/// </summary>
public sealed class RawHubConnection : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket;
    private readonly StringBuilder _pending = new();
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private int _nextId;

    private RawHubConnection(ClientWebSocket socket) => _socket = socket;

    public static async Task<RawHubConnection> OpenAsync(Uri baseAddress, string? accessKey, CookieContainer? cookies)
    {
        var socket = new ClientWebSocket();
        if (cookies is not null) socket.Options.Cookies = cookies;
        var address = new UriBuilder(new Uri(baseAddress, HubRoutes.WaitingRoom)) { Scheme = "ws" };
        if (accessKey is not null) address.Query = "access_token=" + Uri.EscapeDataString(accessKey);
        using var timeout = new CancellationTokenSource(AnswerWithin);
        await socket.ConnectAsync(address.Uri, timeout.Token);
        var connection = new RawHubConnection(socket);
        await connection.SendAsync("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator);
        var handshake = await connection.NextMessageAsync();
        return handshake is "{}" ? connection : throw new InvalidOperationException($"The hub refused the handshake: {handshake ?? "closed"}");
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Sends one invocation whose arguments are <paramref name="arguments"/> as written, and waits for its answer.</summary>
    public async Task<HubAnswer> InvokeAsync(string target, string arguments)
    {
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await SendAsync($"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":{JsonText.Quote(target)},\"arguments\":{arguments}}}{RecordSeparator}");
        }
        catch (WebSocketException)
        {
            return new HubAnswer(null, null, Closed: true, CloseReason: null);
        }

        while (true)
        {
            if (await NextMessageAsync() is not { } text) return new HubAnswer(null, null, Closed: true, CloseReason: null);
            using var message = JsonDocument.Parse(text);
            var root = message.RootElement;
            switch (root.GetProperty("type").GetInt32())
            {
                case 3 when root.GetProperty("invocationId").GetString() == id:
                    return new HubAnswer(root.TryGetProperty("result", out var result) ? result.Clone() : null,
                        root.TryGetProperty("error", out var error) ? error.GetString() : null, Closed: false, CloseReason: null);
                case 7:
                    return new HubAnswer(null, null, Closed: true, CloseReason: root.TryGetProperty("error", out var reason) ? reason.GetString() : null);
            }
        }
    }

    private async Task SendAsync(string frame)
    {
        using var timeout = new CancellationTokenSource(AnswerWithin);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next protocol message, or null once the hub has closed the socket; no answer at all within the time fails the test.</summary>
    private async Task<string?> NextMessageAsync()
    {
        using var timeout = new CancellationTokenSource(AnswerWithin);
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var end = _pending.ToString().IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                var message = _pending.ToString(0, end);
                _pending.Remove(0, end + 1);
                return message;
            }

            if (_socket.State != WebSocketState.Open) return null;
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (WebSocketException)
            {
                return null;
            }
            catch (OperationCanceledException)
            {
                throw new AssertionException($"The hub gave no answer within {AnswerWithin.TotalSeconds} s.");
            }

            if (received.MessageType == WebSocketMessageType.Close) return null;
            // A character may be split between two reads: the decoder keeps the first half until the second comes.
            var chars = new char[received.Count + 4];
            _pending.Append(chars, 0, _utf8.GetChars(buffer, 0, received.Count, chars, 0, flush: false));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The hub already went; nothing is left to close.
            }
        }

        _socket.Dispose();
    }
}
