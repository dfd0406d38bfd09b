using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Auth;

/// <summary>
/// Asks the database, not the connection, whether a credential still stands: revocation is made by
/// `./kiosk admin` in another process (or on another node), so nothing in this process would know.
/// </summary>
public sealed class CredentialCheck(HubDb db, Staff.StaffSessions sessions)
{
    /// <summary>Those of <paramref name="credentials"/> that no longer let anyone in.</summary>
    public async Task<IReadOnlySet<Credential>> RevokedAmongAsync(IReadOnlyCollection<Credential> credentials, CancellationToken ct)
    {
        var kiosks = credentials.OfType<KioskCredential>().ToList();
        var revoked = new HashSet<Credential>();
        if (kiosks.Count > 0)
        {
            var ids = kiosks.Select(k => k.KioskId).Distinct().ToList();
            var live = await db.KioskDevices.AsNoTracking()
                .Where(d => ids.Contains(d.Id) && d.RevokedAt == null)
                .Select(d => new KioskCredential(d.Id, d.KeyHash))
                .ToListAsync(ct);
            revoked.UnionWith(kiosks.Except(live));
        }

        var staff = credentials.OfType<StaffCredential>().ToList();
        if (staff.Count > 0)
        {
            var ended = await sessions.EndedAsync([.. staff.Select(s => s.SessionId)], ct);
            revoked.UnionWith(staff.Where(s => ended.Contains(s.SessionId)));
        }

        return revoked;
    }

    public async Task<bool> IsRevokedAsync(Credential credential, CancellationToken ct) =>
        (await RevokedAmongAsync([credential], ct)).Count > 0;
}
