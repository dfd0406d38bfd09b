using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Staff;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Retention;

/// <summary>
/// What signing in leaves behind: sessions long over (a day past the longest sign-in) and sign-in
/// counts keyed by address that have been quiet past the throttle's memory. Nothing of a patient,
/// but addresses are somebody's, and neither table should only ever grow.
/// </summary>
internal static class StaffTracePurge
{
    public static async Task<int> PurgeAsync(HubDb db, DateTimeOffset now, CancellationToken ct)
    {
        var quiet = (now - SignInThrottle.ForgetAfter).UtcTicks;
        var attempts = await db.SignInAttempts.Where(a => a.LastAt < quiet).ExecuteDeleteAsync(ct);

        // Times are compared here, not in SQL: SQLite keeps DateTimeOffset as text. Few rows: a day's sign-ins.
        var over = now - StaffSession.Longest - TimeSpan.FromDays(1);
        var sessions = (await db.StaffSessions.ToListAsync(ct)).Where(s => s.SignedInAt < over).ToList();
        db.StaffSessions.RemoveRange(sessions);
        await db.SaveChangesAsync(ct);
        return attempts + sessions.Count;
    }
}
