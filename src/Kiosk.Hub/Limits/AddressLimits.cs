using System.Globalization;
using System.Threading.RateLimiting;
using Kiosk.Contracts;
using Microsoft.AspNetCore.RateLimiting;

namespace Kiosk.Hub.Limits;

/// <summary>
/// HTTP limits per client address: how often the pages anyone can open (and the hub's negotiate)
/// may be asked for, and how many hub connections and WebSockets may be open at once. A refusal is
/// 429 with Retry-After and one plain sentence.
/// </summary>
public static class AddressLimits
{
    private const string Pages = "pages per address";
    private const string Connections = "connections per address";

    /// <summary>What a stranger on the clinic Wi-Fi can open: a phone's ticket page, the TV, sign-in, and a hub negotiation.</summary>
    private static readonly PathString[] AnonymousPages = ["/t", "/display", "/staff/sign-in", HubRoutes.WaitingRoom + "/negotiate"];

    /// <summary>A concurrency refusal has no window to wait for: a connection closing frees a place.</summary>
    private static readonly TimeSpan ConnectionRetryAfter = TimeSpan.FromSeconds(30);

    public static PartitionedRateLimiter<HttpContext> Create(LimitsOptions limits) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(http => IsPage(http.Request)
                ? RateLimitPartition.GetTokenBucketLimiter(Address(http), _ => limits.PagesPerAddress.ToLimiter())
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(http => IsConnection(http)
                ? RateLimitPartition.GetConcurrencyLimiter(Address(http), _ => new ConcurrencyLimiterOptions { PermitLimit = limits.ConnectionsPerAddress, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("")));

    public static async ValueTask RefuseAsync(OnRejectedContext refused, CancellationToken ct)
    {
        var http = refused.HttpContext;
        var connection = IsConnection(http);
        var after = refused.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : ConnectionRetryAfter;
        var seconds = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds));
        http.RequestServices.GetRequiredService<RefusalLog>().Refused(connection ? Connections : Pages, $"address {Address(http)}", Address(http));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(connection
            ? $"Too many connections from this address at once. Close some or try again in {seconds} seconds."
            : $"Too many requests from this address. Try again in {seconds} seconds.", ct);
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsPage(HttpRequest request) => AnonymousPages.Any(p => request.Path.StartsWithSegments(p));

    /// <summary>A WebSocket (the hub's or a Blazor circuit's), or the hub's long-lived GET when WebSockets are not used.</summary>
    private static bool IsConnection(HttpContext http) =>
        http.WebSockets.IsWebSocketRequest || (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.Equals(HubRoutes.WaitingRoom, StringComparison.OrdinalIgnoreCase));
}
