using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kiosk.Hub.Readiness;

/// <summary>
/// The hub's database can be opened and read. Reads the schema rather than only opening the file:
/// SQLite opens lazily, so a file that is missing, not a database, or not a file at all shows up only on a read.
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

            await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master").SingleAsync(cancellationToken);
            return HealthCheckResult.Healthy("The hub's database is reachable.");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException)
        {
            // The path and SQLite's words stay in the log, not in a page anyone on the network can read.
            return HealthCheckResult.Unhealthy("The hub's database cannot be read.", e);
        }
    }
}
