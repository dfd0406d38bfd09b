using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

public static class DatabaseSetup
{
    /// <summary>The hub's SQLite file in its data directory.</summary>
    public const string FileName = "hub.db";

    /// <summary>SQLite in the data directory by default: one file, no server to install.</summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var connection = ConnectionString(config, env);
        services.AddDbContext<HubDb>(o => o.UseSqlite(connection).AddInterceptors(new DurableSqlite()));
        return services;
    }

    /// <summary>ConnectionStrings:Hub if set, else hub.db in Hub:DataDirectory (default: data/ under the content root).</summary>
    public static string ConnectionString(IConfiguration config, IHostEnvironment env)
    {
        var dataDir = config["Hub:DataDirectory"] is { Length: > 0 } d ? d : Path.Combine(env.ContentRootPath, "data");
        return config.GetConnectionString("Hub") ?? $"Data Source={Path.Combine(dataDir, FileName)}";
    }

    /// <summary>The hub's SQLite file, as a full path.</summary>
    public static string DatabaseFile(IConfiguration config, IHostEnvironment env) =>
        Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString(config, env)).DataSource, env.ContentRootPath);

    /// <summary>Applies migrations before the first request and turns on write-ahead logging.</summary>
    public static async Task MigrateHubDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDb>().MigrateAsync();
    }

    /// <summary>
    /// Creates the file's folder, applies every migration not yet applied (cheap when there is none)
    /// and turns on write-ahead logging, which SQLite then keeps in the file.
    /// </summary>
    public static async Task MigrateAsync(this HubDb db, CancellationToken ct = default)
    {
        var file = db.Database.GetDbConnection().DataSource;
        if (!string.IsNullOrEmpty(file) && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
