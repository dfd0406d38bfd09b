using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Kiosk.Hub.Nodes;

/// <summary>
/// On several nodes, the Redis server that carries pushes between them answers a PING: while it does not, this
/// node's clients still hear of changes made on this node, but not of those made on the others, so the node is not ready.
/// </summary>
public sealed class RedisReachable(RedisConnection redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await redis.GetAsync().WaitAsync(cancellationToken);
            if (!connection.IsConnected)
            {
                return HealthCheckResult.Unhealthy("The Redis server shared by the hub nodes (Hub:Redis) is not connected.");
            }

            await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy("The Redis server shared by the hub nodes answers.");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The Redis server shared by the hub nodes (Hub:Redis) does not answer.", e);
        }
    }
}
