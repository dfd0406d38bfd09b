using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kiosk.Hub.Readiness;

/// <summary>
/// /healthz/live: the process answers (200 while it runs; nothing is checked, so a slow disk never
/// gets a live hub restarted). /healthz/ready: the database is reachable and every migration is applied,
/// else 503 with each check's status in JSON. /healthz answers as ready: the start-up scripts wait on it.
/// </summary>
public static class ReadinessSetup
{
    public const string Live = "/healthz/live";
    public const string Ready = "/healthz/ready";
    public const string Both = "/healthz";
    public const string ReadyTag = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReachable>(DatabaseReachable.Name, tags: [ReadyTag])
            .AddCheck<MigrationsApplied>(MigrationsApplied.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        foreach (var path in new[] { Ready, Both })
        {
            app.MapHealthChecks(path, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
        }

        return app;
    }

    /// <summary>{"status":"Unhealthy","checks":[{"name":"migrations","status":"Unhealthy","description":"…"}]}; never an exception's text.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json), http.RequestAborted);
    }
}
