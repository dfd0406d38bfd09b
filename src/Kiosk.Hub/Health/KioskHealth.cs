using System.Data.Common;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Realtime;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Health;

/// <summary>
/// Each enrolled kiosk's health for reception: presence from heartbeats and connections, the
/// kiosk list, today's last check-in and lately's wrong codes from the database. Pushed to reception only when it changed.
/// </summary>
public sealed class KioskHealth(
    IServiceScopeFactory scopes,
    IRoomNotifier notifier,
    KioskPresence presence,
    CodeTryStore codeTries,
    CodeGuard codeGuard,
    ClinicProfile clinic,
    TimeProvider time,
    ILogger<KioskHealth> log) : IDisposable
{
    private static readonly string Arrived = VisitEventKind.Arrived.ToString();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private KioskList? _published;

    private readonly Subscribers<KioskList> _pages = new();

    /// <summary>For the reception page running inside this hub: every list that differs from the last, until disposed.</summary>
    public IDisposable Subscribe(Func<KioskList, Task> onChange) => _pages.Add(onChange);

    public async Task HeartbeatAsync(string kioskId, string connectionId, KioskHealthReport report, CancellationToken ct)
    {
        presence.Heartbeat(kioskId, connectionId, report, time.GetUtcNow());
        await PublishIfChangedAsync(ct);
    }

    public async Task DisconnectedAsync(string kioskId, string connectionId)
    {
        if (presence.Disconnected(kioskId, connectionId))
        {
            await LookAgainAsync(CancellationToken.None);
        }
    }

    /// <summary>As <see cref="PublishIfChangedAsync"/>, for background callers: a failed look is logged, and the next one tries again.</summary>
    public async Task LookAgainAsync(CancellationToken ct)
    {
        try
        {
            await PublishIfChangedAsync(ct);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ObjectDisposedException)
        {
            // Kiosk health must never take the hub (or a disconnect) down.
            log.LogWarning(e, "Kiosk health check failed; will retry.");
        }
    }

    public async Task<KioskList> ListAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = clinic.Today(time);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var devices = await db.KioskDevices.AsNoTracking().Select(d => new { d.Id, Revoked = d.RevokedAt != null }).ToListAsync(ct);
        // A revoked kiosk drops off the list, except while it is still connected: that is worth seeing.
        var ids = devices.Where(d => !d.Revoked || presence.IsConnected(d.Id)).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var revoked = devices.Where(d => d.Revoked).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // SQLite cannot take the max of a DateTimeOffset in SQL: the newest event has the highest id.
        var lastEvents = await db.Visits.AsNoTracking().Where(v => v.Day == today).SelectMany(v => v.Events)
            .Where(e => e.Kind == Arrived && ids.Contains(e.By))
            .GroupBy(e => e.By).Select(g => g.Max(e => e.Id)).ToListAsync(ct);
        var lastCheckIns = await db.VisitEvents.AsNoTracking().Where(e => lastEvents.Contains(e.Id))
            .ToDictionaryAsync(e => e.By, e => e.At, ct);
        var wrongCodes = await codeTries.WrongSinceAsync(now - CodeGuard.ProbeWindow, ct);
        return new KioskList(now, [.. ids.Select(id => presence.Row(id, lastCheckIns.TryGetValue(id, out var at) ? at : null, now, revoked.Contains(id))
            with { Probing = codeGuard.Probe(wrongCodes[id]) is { } probe ? new KioskProbing(probe.WrongCodes, probe.Minutes) : null })]);
    }

    /// <summary>Looks again (a beat, a drop, a check-in, the clock) and tells reception if anything is different.</summary>
    public async Task PublishIfChangedAsync(CancellationToken ct)
    {
        await _publishing.WaitAsync(ct);
        try
        {
            var list = await ListAsync(ct);
            if (list.SameAs(_published))
            {
                return;
            }

            LogWentOffline(_published, list);
            _published = list;
            await notifier.PublishKiosks(list);
            await _pages.NotifyAsync(list);
        }
        finally
        {
            _publishing.Release();
        }
    }

    public void Dispose() => _publishing.Dispose();

    private void LogWentOffline(KioskList? before, KioskList now)
    {
        foreach (var row in now.Kiosks.Where(r => r.Status == KioskStatus.Offline))
        {
            if (before?.Kiosks.FirstOrDefault(b => b.KioskId == row.KioskId)?.Status == KioskStatus.Online)
            {
                log.LogWarning("Kiosk {Kiosk} is offline: {Reason}.", row.KioskId, row.OfflineReason);
            }
        }
    }
}
