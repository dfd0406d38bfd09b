using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kiosk.Hub.Persistence;

public static class DatabaseSetup
{
    /// <summary>The hub's SQLite file in its data directory.</summary>
    public const string FileName = "hub.db";

    /// <summary>
    /// SQLite in the data directory by default: one file, no server to install. Hub:Database=postgres puts the
    /// hub on a PostgreSQL server named by ConnectionStrings:Hub, which more than one hub node can share.
    /// </summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        if (IsPostgres(config))
        {
            var connection = PostgresConnectionString(config);
            services.AddDbContext<HubDb, PostgresHubDb>(o => o.UseNpgsql(connection));
        }
        else
        {
            var connection = ConnectionString(config, env);
            services.AddDbContext<HubDb>(o => o.UseSqlite(connection).AddInterceptors(new DurableSqlite()));
        }

        return services;
    }

    /// <summary>What is wrong with Hub:Database or ConnectionStrings:Hub, in words for whoever set them; null when the hub can start.</summary>
    public static string? Problem(IConfiguration config)
    {
        try
        {
            if (IsPostgres(config))
            {
                PostgresConnectionString(config);
            }

            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    /// <summary>Hub:Database: "sqlite" (or unset) or "postgres"; anything else stops the hub with what it accepts.</summary>
    public static bool IsPostgres(IConfiguration config) =>
        config["Hub:Database"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => false,
            "postgres" or "postgresql" => true,
            var other => throw new InvalidOperationException($"Hub:Database is \"{other}\"; it takes \"sqlite\" (the default) or \"postgres\"."),
        };

    /// <summary>ConnectionStrings:Hub, which PostgreSQL cannot do without: there is no file to fall back on.</summary>
    public static string PostgresConnectionString(IConfiguration config) =>
        config.GetConnectionString("Hub") is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException(
                "Hub:Database is \"postgres\" but ConnectionStrings:Hub is not set (for example ConnectionStrings__Hub=\"Host=127.0.0.1;Database=hub;Username=hub;Password=…\").");

    /// <summary>ConnectionStrings:Hub if set, else hub.db in Hub:DataDirectory (default: data/ under the content root).</summary>
    public static string ConnectionString(IConfiguration config, IHostEnvironment env)
    {
        var dataDir = config["Hub:DataDirectory"] is { Length: > 0 } d ? d : Path.Combine(env.ContentRootPath, "data");
        return config.GetConnectionString("Hub") ?? $"Data Source={Path.Combine(dataDir, FileName)}";
    }

    /// <summary>The hub's SQLite file, as a full path; on PostgreSQL there is none, and a caller that needs one is told so.</summary>
    public static string DatabaseFile(IConfiguration config, IHostEnvironment env) =>
        IsPostgres(config)
            ? throw new InvalidOperationException("The hub's database is PostgreSQL (Hub:Database=postgres): there is no hub file; use PostgreSQL's own tools (pg_dump) for backups.")
            : Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString(config, env)).DataSource, env.ContentRootPath);

    /// <summary>Applies migrations before the first request and turns on write-ahead logging.</summary>
    public static async Task MigrateHubDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDb>().MigrateAsync();
    }

    /// <summary>
    /// Applies every migration not yet applied (cheap when there is none). On SQLite it first creates the file's
    /// folder and then turns on write-ahead logging, which SQLite keeps in the file. On PostgreSQL, EF Core holds a
    /// lock on the migration history while it migrates, so two nodes starting together do not both migrate.
    /// </summary>
    public static async Task MigrateAsync(this HubDb db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            // EF Core reads the history table before it makes it, and logs that failed read as an error on a new
            // database's first start (npgsql/efcore.pg#3407): made first, an admin's log shows no error that is none.
            if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
            {
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            }

            await db.Database.MigrateAsync(ct);
            return;
        }

        var file = db.Database.GetDbConnection().DataSource;
        if (!string.IsNullOrEmpty(file) && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
