using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kiosk.Hub.Readiness;

/// <summary>
/// The hub's database can be opened and read. Reads the schema rather than only opening the file: SQLite
/// opens lazily, so a file that is missing, not a database, or not a file at all shows up only on a read.
/// On PostgreSQL a query proves the server answers for this database, not only that it takes connections.
/// Never creates the file: a check that made an empty database would hide the fault it looks for.
/// </summary>
public sealed class DatabaseReachable(HubDb db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The hub's database cannot be found or opened.");
            }

            // SQLite reads its file's schema only for a statement that needs it; PostgreSQL has no sqlite_master.
            var read = db.Database.IsSqlite() ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master" : "SELECT 1::bigint AS \"Value\"";
            await db.Database.SqlQueryRaw<long>(read).ToListAsync(cancellationToken);
            return HealthCheckResult.Healthy("The hub's database is reachable.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            // The path and the database's words stay in the log, not in a page anyone on the network can read.
            return HealthCheckResult.Unhealthy("The hub's database cannot be read.", e);
        }
    }
}
