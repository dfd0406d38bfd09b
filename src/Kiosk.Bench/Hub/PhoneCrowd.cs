using System.Diagnostics;
using System.Text.Json;
using Kiosk.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Bench.Hub;

/// <summary>
/// N patients' phones, each a .NET SignalR client over WebSockets watching its own ticket, spread over the given nodes
/// (phone i on node i mod nodes). Every TicketUpdated is stamped on arrival into an array allocated up front, so taking
/// a receipt allocates nothing of the benchmark's own.
/// </summary>
public sealed class PhoneCrowd : IAsyncDisposable
{
    private readonly HubConnection[] _phones;
    private readonly Receipt[] _receipts;
    private readonly TicketView?[] _last;
    private int _count;
    private int _closed;

    private PhoneCrowd(int phones, int capacity)
    {
        _phones = new HubConnection[phones];
        _last = new TicketView?[phones];
        _receipts = new Receipt[capacity];
    }

    /// <summary>One push as a phone got it: which phone, the change it is as of, and when (Stopwatch ticks).</summary>
    public readonly record struct Receipt(int Phone, long Sequence, long Ticks);

    public int Count => _phones.Length;

    /// <summary>Connections that closed while they should have stayed open.</summary>
    public int Closed => Volatile.Read(ref _closed);

    /// <summary>Receipts that did not fit the array (counted, so the report can say so rather than drop them silently).</summary>
    public int Overflow => Math.Max(0, Volatile.Read(ref _count) - _receipts.Length);

    public ReadOnlySpan<Receipt> Receipts => _receipts.AsSpan(0, Math.Min(Volatile.Read(ref _count), _receipts.Length));

    /// <summary>The last view each phone was pushed (null if none).</summary>
    public IReadOnlyList<TicketView?> Last => _last;

    /// <summary>Forgets the receipts so far (after warming up).</summary>
    public void Clear() => Volatile.Write(ref _count, 0);

    public static async Task<PhoneCrowd> ConnectAsync(IReadOnlyList<Uri> nodes, IReadOnlyList<string> tokens, int capacity)
    {
        var crowd = new PhoneCrowd(tokens.Count, capacity);
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            await gate.WaitAsync();
            try
            {
                crowd._phones[i] = await crowd.ConnectOneAsync(nodes[i % nodes.Count], token, i);
            }
            finally
            {
                gate.Release();
            }
        }));
        return crowd;
    }

    private async Task<HubConnection> ConnectOneAsync(Uri node, string token, int phone)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node, HubRoutes.WaitingRoom), o =>
            {
                // As a phone on the product's page does once negotiated: one WebSocket.
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        connection.On<TicketView>(nameof(IWaitingRoomClient.TicketUpdated), view =>
        {
            var at = Stopwatch.GetTimestamp();
            var k = Interlocked.Increment(ref _count) - 1;
            if (k < _receipts.Length)
            {
                _receipts[k] = new Receipt(phone, view.Sequence, at);
            }

            _last[phone] = view;
        });
        connection.Closed += _ =>
        {
            Interlocked.Increment(ref _closed);
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>(nameof(IWaitingRoomHub.WatchTicket), token);
        return connection;
    }

    /// <summary>Each phone asks for its ticket again: how many show a place or status that is not the ticket's now (a push that never came).</summary>
    public async Task<int> StaleAsync(IReadOnlyList<string> tokens)
    {
        var stale = 0;
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(_phones.Select(async (phone, i) =>
        {
            if (_last[i] is not { } shown)
            {
                return;
            }

            await gate.WaitAsync();
            try
            {
                var now = await phone.InvokeAsync<HubResult<TicketView>>(nameof(IWaitingRoomHub.WatchTicket), tokens[i]);
                if (now.Value is { } view && (view.PlaceInLine != shown.PlaceInLine || view.Status != shown.Status))
                {
                    Interlocked.Increment(ref stale);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        return stale;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing is not a drop.
        Volatile.Write(ref _closed, int.MinValue / 2);
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(_phones.Where(p => p is not null).Select(async p =>
        {
            await gate.WaitAsync();
            try
            {
                await p.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
