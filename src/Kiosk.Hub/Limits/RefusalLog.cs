using System.Threading.RateLimiting;

namespace Kiosk.Hub.Limits;

/// <summary>
/// One warning per limit and caller per minute: reaching a limit a busy clinic never reaches is news
/// for whoever looks after the hub, but a flood of refusals must not become a flood of log lines.
/// </summary>
public sealed partial class RefusalLog(ILogger<RefusalLog> log) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _once = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    /// <summary><paramref name="who"/> names the caller without secrets: an address or a kiosk id, never a ticket token.</summary>
    public void Refused(string limit, string who, string partition)
    {
        using var lease = _once.AttemptAcquire($"{limit}|{partition}");
        if (lease.IsAcquired)
        {
            LimitReached(log, limit, who);
        }
    }

    public void Dispose() => _once.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Limit '{Limit}' reached by {Who}; its further refusals this minute are not logged.")]
    private static partial void LimitReached(ILogger logger, string limit, string who);
}
