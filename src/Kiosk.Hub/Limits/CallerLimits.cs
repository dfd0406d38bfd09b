using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Limits;

/// <summary>
/// Hub calls per kiosk (lookups, check-ins), per ticket (questions, "I need help now") and per
/// address for anonymous callers. Runs after authorisation, so a kiosk limit only ever sees kiosks.
/// </summary>
public sealed class CallerLimits : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<(CallerLimit Limit, string Partition)> _buckets;
    private readonly RefusalLog _log;

    public CallerLimits(IOptions<LimitsOptions> options, RefusalLog log)
    {
        _log = log;
        _buckets = PartitionedRateLimiter.Create<(CallerLimit Limit, string Partition), (string, string)>(key =>
            RateLimitPartition.GetTokenBucketLimiter((key.Limit.Name, key.Partition), _ => key.Limit.Bucket(options.Value).ToLimiter()));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        foreach (var (limit, partition, who) in CallerLimit.For(invocationContext))
        {
            using var lease = _buckets.AttemptAcquire((limit, partition));
            if (!lease.IsAcquired)
            {
                _log.Refused(limit.Name, who, partition);
                return limit.Refuse(invocationContext);
            }
        }

        return await next(invocationContext);
    }

    public void Dispose() => _buckets.Dispose();
}
