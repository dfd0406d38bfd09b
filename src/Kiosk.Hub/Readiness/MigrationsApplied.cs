using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kiosk.Hub.Readiness;

/// <summary>
/// Every migration this build knows is recorded in the database: a hub whose database lags its code
/// (a restored older file, a migration that failed half way) would read and write the wrong shape.
/// </summary>
public sealed class MigrationsApplied(HubDb db) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Every migration is applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("Cannot tell which migrations are applied: the database cannot be read.", e);
        }
    }
}
