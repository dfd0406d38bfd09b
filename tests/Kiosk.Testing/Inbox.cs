using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Testing;

/// <summary>Collects one kind of push from the hub; waits for a matching one with a timeout, never a sleep.</summary>
public sealed class Inbox<T>
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly Channel<T> _channel = Channel.CreateUnbounded<T>();
    private readonly ConcurrentQueue<T> _all = new();
    private readonly string _method;

    public Inbox(HubConnection connection, string method)
    {
        _method = method;
        connection.On<T>(method, message =>
        {
            _all.Enqueue(message);
            _channel.Writer.TryWrite(message);
        });
    }

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<T> All => [.. _all];

    public async Task<T> NextAsync(Func<T, bool>? matching = null, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            while (true)
            {
                var message = await _channel.Reader.ReadAsync(timeout.Token);
                if (matching?.Invoke(message) ?? true)
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"No matching {_method} arrived within {(wait ?? DefaultWait).TotalSeconds} s. Received: {_all.Count}.");
        }
    }
}
