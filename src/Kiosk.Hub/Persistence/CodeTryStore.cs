using Kiosk.WaitingRoom.CheckIn;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// The code tries <see cref="CodeGuard"/> judges, kept in the database so a restarted hub (or another
/// node) answers the same; each write also forgets tries older than <see cref="CodeGuard.Remembered"/>.
/// </summary>
public sealed class CodeTryStore(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>This kiosk's tries within the last hour.</summary>
    public Task<List<CodeTry>> OfKioskAsync(string kiosk, CancellationToken ct) =>
        ReadAsync(t => t.Kiosk == kiosk, ct);

    /// <summary>The hits after misses on one appointment's code within the last hour, from any kiosk.</summary>
    public Task<List<CodeTry>> HitsOnAsync(Guid appointmentId, CancellationToken ct) =>
        ReadAsync(t => t.AppointmentId == appointmentId, ct);

    /// <summary>Every kiosk's wrong codes since <paramref name="since"/>, for reception's notice.</summary>
    public async Task<ILookup<string, CodeTry>> WrongSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var from = since.UtcTicks;
        var wrong = await ReadAsync(t => t.AppointmentId == null && t.At > from, ct);
        return wrong.ToLookup(t => t.Kiosk, StringComparer.Ordinal);
    }

    public Task WrongAsync(string kiosk, Guid session, CancellationToken ct) => AddAsync(kiosk, session, null, ct);

    public Task HitAfterMissesAsync(string kiosk, Guid session, Guid appointmentId, CancellationToken ct) => AddAsync(kiosk, session, appointmentId, ct);

    private async Task AddAsync(string kiosk, Guid session, Guid? appointmentId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var now = time.GetUtcNow().UtcTicks;
        db.CodeTries.Add(new CodeTryRow { Kiosk = kiosk, Session = session, AppointmentId = appointmentId, At = now });
        await db.SaveChangesAsync(ct);
        var stale = now - CodeGuard.Remembered.Ticks;
        await db.CodeTries.Where(t => t.At <= stale).ExecuteDeleteAsync(ct);
    }

    private async Task<List<CodeTry>> ReadAsync(System.Linq.Expressions.Expression<Func<CodeTryRow, bool>> which, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var since = (time.GetUtcNow() - CodeGuard.Remembered).UtcTicks;
        var rows = await scope.ServiceProvider.GetRequiredService<HubDb>().CodeTries.AsNoTracking()
            .Where(which).Where(t => t.At > since).ToListAsync(ct);
        return [.. rows.Select(r => new CodeTry(r.Kiosk, r.Session, r.AppointmentId, new DateTimeOffset(r.At, TimeSpan.Zero)))];
    }
}
