using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.CheckIn;

/// <summary>
/// Wrong lookups per kiosk: after <c>maxWrong</c> within <c>window</c> the kiosk is refused
/// every lookup of that kind (right ones too) until the oldest wrong one is that old, so
/// guessing from a kiosk is slow as well as hopeless. Kept in the database, so a restart does not
/// give a guesser a fresh round and every hub node counts the same tries. Times are UTC ticks:
/// SQLite cannot compare DateTimeOffset in SQL.
/// </summary>
public abstract class KioskTries(IServiceScopeFactory scopes, TimeProvider time, string kind, int maxWrong, TimeSpan window)
{
    public async Task<bool> IsLockedOutAsync(string kiosk, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var since = (time.GetUtcNow() - window).UtcTicks;
        var recent = await scope.ServiceProvider.GetRequiredService<HubDb>().KioskWrongTries
            .CountAsync(t => t.Kind == kind && t.Kiosk == kiosk && t.At > since, ct);
        return recent >= maxWrong;
    }

    /// <summary>Counts one wrong try, and forgets every kiosk's tries of this kind too old to count.</summary>
    public async Task WrongAsync(string kiosk, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var now = time.GetUtcNow().UtcTicks;
        db.KioskWrongTries.Add(new KioskWrongTryRow { Kind = kind, Kiosk = kiosk, At = now });
        await db.SaveChangesAsync(ct);
        var stale = now - window.Ticks;
        await db.KioskWrongTries.Where(t => t.Kind == kind && t.At <= stale).ExecuteDeleteAsync(ct);
    }
}

/// <summary>
/// Name and birth date pairs that matched nobody: ten in ten minutes stop the kiosk looking
/// names up, so nobody can stand at it working through dates of birth to learn who has an
/// appointment today. Patients mistype, so there is more room than for codes.
/// </summary>
public sealed class NameTries(IServiceScopeFactory scopes, TimeProvider time) : KioskTries(scopes, time, "name", MaxWrong, Window)
{
    public const int MaxWrong = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
}
