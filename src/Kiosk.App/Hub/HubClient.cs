using System.Collections.Concurrent;
using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.App.Health;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Hub;

/// <summary>
/// The kiosk's one connection to the hub, shared by every screen session. It connects in the
/// background, never stops retrying, re-joins watched tickets after a reconnect, and says
/// honestly whether it is online.
/// </summary>
public sealed partial class HubClient : IWaitingRoomGateway, ICallbackGateway, IHostedService, IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly NeverGiveUpRetryPolicy _retry = new();
    private readonly ConcurrentDictionary<string, byte> _watched = new();
    private readonly NewestTickets _newest = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger<HubClient> _log;
    private readonly KioskSelfReport _self;
    private readonly TimeProvider _time;
    private readonly ITimer _heartbeat;
    private readonly CurrentLook? _look;
    private readonly AppointmentCopyStore? _copies;
    private readonly ITimer _copyTimer;
    private int _disposed;

    public HubClient(IOptions<KioskOptions> options, ILogger<HubClient> log, TimeProvider? time = null, KioskSelfReport? self = null, CurrentLook? look = null, AppointmentCopyStore? copies = null)
    {
        _log = log;
        _copies = copies;
        _look = look;
        _self = self ?? KioskSelfReport.Unknown;
        _time = time ?? TimeProvider.System;
        var kiosk = options.Value;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(kiosk.HubUrl), HubRoutes.WaitingRoom), o => o.AccessTokenProvider = () => Task.FromResult<string?>(kiosk.DeviceKey))
            .WithAutomaticReconnect(_retry)
            .Build();
        _connection.On<TicketView>(nameof(IWaitingRoomClient.TicketUpdated), t =>
        {
            if (_newest.Take(t))
            {
                TicketUpdated?.Invoke(t);
            }
        });
        _connection.On<QuestionStatusView>(nameof(IWaitingRoomClient.QuestionUpdated), q => QuestionUpdated?.Invoke(q));
        _connection.Reconnecting += _ =>
        {
            SetLink(HubLink.Reconnecting);
            return Task.CompletedTask;
        };
        _connection.Reconnected += async _ =>
        {
            await TakeCopyAsync();
            await RememberTopicsAsync();
            SetLink(HubLink.Online);
            await BeatAsync();
            await AskLookAsync();
            await RewatchAsync();
        };
        _connection.Closed += _ => _stopping.IsCancellationRequested ? Task.CompletedTask : ConnectUntilOnlineAsync();
        _heartbeat = _time.CreateTimer(_ => _ = BeatAsync(), null, HeartbeatEvery, HeartbeatEvery);
        _copyTimer = _time.CreateTimer(_ => _ = TakeCopyAsync(), null, CopyEvery, CopyEvery);
    }

    public HubLink Link { get; private set; } = HubLink.Connecting;

    public event Action<HubLink>? LinkChanged;

    public event Action<TicketView>? TicketUpdated;

    public Task<HubResult<AppointmentLookupResult>> FindAppointmentAsync(AppointmentLookup lookup, CancellationToken ct = default) =>
        InvokeAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), lookup, ct);

    public async Task<HubResult<TicketView>> CheckInAsync(CheckInRequest request, CancellationToken ct = default) =>
        Seen(await InvokeAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), request, ct));

    public Task<HubResult<AppointmentLookupResult>> FindByCodeAsync(CodeLookup lookup, CancellationToken ct = default) =>
        InvokeAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), lookup, ct);

    public async Task<HubResult<TicketView>> CheckInByCodeAsync(CodeCheckInRequest request, CancellationToken ct = default) =>
        Seen(await InvokeAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), request, ct));

    public async Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default)
    {
        if (_connection.State != HubConnectionState.Connected)
        {
            return null;
        }

        try
        {
            return await _connection.InvokeAsync<WaitRange?>(nameof(IWaitingRoomHub.LobbyWait), ct);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException)
        {
            // Only the attract screen's hint: unknown is shown as nothing.
            return null;
        }
    }

    public async Task<HubResult<TicketView>> WalkInAsync(WalkInRequest request, CancellationToken ct = default) =>
        Seen(await InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), request, ct));

    public async Task<HubResult<TicketView>> WatchTicketAsync(string token, CancellationToken ct = default)
    {
        _watched[token] = 0;
        return Seen(await InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), token, ct));
    }

    /// <summary>A ticket the screen is given directly also counts as shown: a push older than it is dropped later.</summary>
    private HubResult<TicketView> Seen(HubResult<TicketView> result)
    {
        if (result.Value is { } ticket)
        {
            _newest.Take(ticket);
        }

        return result;
    }

    public void Unwatch(string token) => _watched.TryRemove(token, out _);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = ConnectUntilOnlineAsync();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down in a hurry may dispose its services before (or while) it stops them: stopping
        // what is already disposed is already done, not a fault.
        try
        {
            await _stopping.CancelAsync();
            await _connection.StopAsync(cancellationToken);
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 1)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered as itself, as the gateway and as a hosted service: the container disposes it once per registration.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _heartbeat.DisposeAsync();
        await _copyTimer.DisposeAsync();
        await _stopping.CancelAsync();
        await _connection.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>Automatic reconnect only covers a connection that once succeeded; the first start needs its own loop.</summary>
    private async Task ConnectUntilOnlineAsync()
    {
        SetLink(HubLink.Connecting);
        for (var attempt = 0L; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                // On the kiosk's clock: a test that moves it does not wait out the back-off.
                await Task.Delay(_retry.Delay(attempt), _time, _stopping.Token);
                await _connection.StartAsync(_stopping.Token);
                await TakeCopyAsync();
                await RememberTopicsAsync();
                SetLink(HubLink.Online);
                await BeatAsync();
                await AskLookAsync();
                await RewatchAsync();
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!_stopping.IsCancellationRequested)
            {
                // Whatever the way it failed (refused, reset mid-handshake, a handshake timing out), a kiosk tries again;
                // once the connection had started, SignalR's own reconnect owns it and says when it is back.
                SetLink(HubLink.Reconnecting);
                _log.LogWarning("Hub not reachable (attempt {Attempt}): {Kind}: {Reason}", attempt + 1, e.GetType().Name, e.Message);
                if (_connection.State == HubConnectionState.Connected)
                {
                    SetLink(HubLink.Online);
                    return;
                }

                if (_connection.State != HubConnectionState.Disconnected)
                {
                    return;
                }
            }
        }
    }

    private async Task RewatchAsync()
    {
        foreach (var token in _watched.Keys)
        {
            TicketView? ticket;
            try
            {
                ticket = (await _connection.InvokeAsync<HubResult<TicketView>>(nameof(IWaitingRoomHub.WatchTicket), token)).Value;
            }
            catch (HubException)
            {
                // Turned away at the door: as good as refused.
                ticket = null;
            }

            if (ticket is null)
            {
                // The visit ended while we were away: nothing left to follow.
                _watched.TryRemove(token, out _);
            }
            else if (_newest.Take(ticket))
            {
                TicketUpdated?.Invoke(ticket);
            }
        }
    }

    private async Task<HubResult<T>> InvokeAsync<T>(string method, object argument, CancellationToken ct)
    {
        if (_connection.State != HubConnectionState.Connected)
        {
            throw new HubUnavailableException("The kiosk is not connected to the clinic's system right now.");
        }

        HubResult<T> result;
        try
        {
            result = await _connection.InvokeAsync<HubResult<T>>(method, argument, ct);
        }
        catch (HubException e)
        {
            result = HubResult.Refused<T>(TurnedAway(e));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // However it broke (a closed socket, a reset mid-call, a dropped connection), nothing is known of the answer.
            throw new HubUnavailableException("The connection to the clinic's system dropped.", e);
        }

        if (result.Refusal is { } refusal)
        {
            // The hub's reasons name rules, never people: kept here for whoever looks after the kiosk.
            _log.LogInformation("The clinic's system refused {Method} ({Code}): {Reason}", method, refusal.Code, refusal.Message);
        }

        return result;
    }

    /// <summary>
    /// The transport said no before the method ran: a limit reached (the only transport refusal with a
    /// code, at the start of its message) or a call this kiosk may not make any more.
    /// </summary>
    private static Refusal TurnedAway(HubException e) =>
        new(HubRefusals.IsTooManyRequests(e.Message) ? HubRefusals.TooManyRequests : RefusalCodes.NotAllowed, e.Message);

    private void SetLink(HubLink link)
    {
        if (Link != link)
        {
            Link = link;
            if (link == HubLink.Online)
            {
                // The line a clinic's IT person (and the deploy smoke test) looks for: the kiosk is live.
                _log.LogInformation("Connected to the hub.");
            }

            LinkChanged?.Invoke(link);
        }
    }
}
