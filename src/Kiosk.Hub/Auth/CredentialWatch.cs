using Kiosk.Hub.Health;

namespace Kiosk.Hub.Auth;

/// <summary>
/// Every <see cref="Every"/> on the hub's clock, asks the database whether the credentials of open
/// connections and staff pages still stand, and ends those that do not: a kiosk key revoked by
/// ./kiosk admin (another process) or a staff session ended elsewhere loses its connections within
/// seconds. Reception is shown the revoked kiosk as still connected first, so the moment is visible.
/// </summary>
public sealed class CredentialWatch(
    OpenCredentials open,
    IServiceScopeFactory scopes,
    KioskHealth health,
    TimeProvider time,
    ILogger<CredentialWatch> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    /// <summary>One look; returns how many connections and pages were ended.</summary>
    public async Task<int> LookAsync(CancellationToken ct)
    {
        var held = open.Held();
        if (held.Count == 0)
        {
            return 0;
        }

        IReadOnlySet<Credential> revoked;
        await using (var scope = scopes.CreateAsyncScope())
        {
            revoked = await scope.ServiceProvider.GetRequiredService<CredentialCheck>().RevokedAmongAsync(held, ct);
        }

        if (revoked.Count == 0)
        {
            return 0;
        }

        if (revoked.OfType<KioskCredential>().Any())
        {
            await health.LookAgainAsync(ct);
        }

        var ended = open.End(revoked);
        log.LogInformation("Closed {Count} connection(s) or page(s) whose credential was revoked or ended.", ended);
        return ended;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await LookAsync(stoppingToken);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                {
                    // The next look tries again; a failed look must not stop the hub.
                    log.LogWarning(e, "Credential check failed; will retry.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
