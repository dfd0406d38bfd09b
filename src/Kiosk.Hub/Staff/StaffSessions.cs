using System.Security.Claims;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Staff;

/// <summary>
/// Staff sign-ins kept on the server. The cookie carries only the session's id (<see cref="SessionClaim"/>);
/// a session is live while it has not been ended (sign-out), is younger than <see cref="StaffSession.Longest"/>,
/// and its account still exists, is enabled, and has the security stamp it had at sign-in.
/// </summary>
public sealed class StaffSessions(HubDb db, TimeProvider time)
{
    public const string SessionClaim = "kiosk:session";

    public async Task<Guid> StartAsync(StaffAccount account, CancellationToken ct = default)
    {
        var session = new StaffSessionRow { Id = Guid.NewGuid(), AccountId = account.Id, SignedInAt = time.GetUtcNow(), Stamp = account.SecurityStamp };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>The session a signed-in principal belongs to, if its cookie names one.</summary>
    public static Guid? IdOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst(SessionClaim)?.Value, out var id) ? id : null;

    public async Task<bool> IsLiveAsync(ClaimsPrincipal? user, CancellationToken ct = default) =>
        IdOf(user) is { } id && !(await EndedAsync([id], ct)).Contains(id);

    /// <summary>Sign-out: this session only.</summary>
    public Task EndAsync(Guid sessionId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), ct);
    }

    /// <summary>Every session of an account at once: it was disabled, deleted, or its password changed.</summary>
    public Task EndAllAsync(Guid accountId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.StaffSessions.Where(s => s.AccountId == accountId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), ct);
    }

    /// <summary>Which of <paramref name="sessionIds"/> are no longer live (unknown ids count as ended).</summary>
    public async Task<IReadOnlySet<Guid>> EndedAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct)
    {
        var ids = sessionIds.Distinct().ToList();
        var sessions = await db.StaffSessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var accountIds = sessions.Select(s => s.AccountId).Distinct().ToList();
        var accounts = await db.StaffAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);

        // Times are compared here, not in SQL: SQLite keeps DateTimeOffset as text.
        var now = time.GetUtcNow();
        var live = sessions
            .Where(s => s.EndedAt is null && now - s.SignedInAt < StaffSession.Longest
                && accounts.GetValueOrDefault(s.AccountId) is { DisabledAt: null } a && a.SecurityStamp == s.Stamp)
            .Select(s => s.Id);
        return ids.Except(live).ToHashSet();
    }
}
