using Kiosk.WaitingRoom.CheckIn;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// The name lookups that matched nobody, which <see cref="NameGuard"/> judges, kept in the database so a
/// restarted hub (or another node) answers the same; each write also forgets misses older than <see cref="MissWaits.Remembered"/>.
/// </summary>
public sealed class NameTryStore(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>This kiosk's misses within the last hour.</summary>
    public async Task<List<Miss>> OfKioskAsync(string kiosk, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var since = (time.GetUtcNow() - MissWaits.Remembered).UtcTicks;
        var rows = await scope.ServiceProvider.GetRequiredService<HubDb>().NameTries.AsNoTracking()
            .Where(t => t.Kiosk == kiosk && t.At > since).ToListAsync(ct);
        return [.. rows.Select(r => new Miss(r.Session, new DateTimeOffset(r.At, TimeSpan.Zero)))];
    }

    public async Task MissAsync(string kiosk, Guid session, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var now = time.GetUtcNow().UtcTicks;
        db.NameTries.Add(new NameTryRow { Kiosk = kiosk, Session = session, At = now });
        await db.SaveChangesAsync(ct);
        var stale = now - MissWaits.Remembered.Ticks;
        await db.NameTries.Where(t => t.At <= stale).ExecuteDeleteAsync(ct);
    }
}
