using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>
/// An empty hub database of its own on one provider, opened the way the hub opens it (DatabaseSetup's choice):
/// a new SQLite file, or a new database on the test run's PostgreSQL server. Removed on dispose.
/// </summary>
internal sealed class HubDbOn : IAsyncDisposable
{
    private readonly string? _file;
    private readonly PostgresTestDatabase? _postgres;

    private HubDbOn(string? file, PostgresTestDatabase? postgres) => (_file, _postgres) = (file, postgres);

    public static async Task<HubDbOn> FreshAsync(string database)
    {
        var postgres = await HubDatabases.FreshAsync(database);
        return postgres is null
            ? new HubDbOn(Path.Combine(Path.GetTempPath(), "kiosk-hub-tests", $"db-{Guid.NewGuid():N}", DatabaseSetup.FileName), null)
            : new HubDbOn(null, postgres);
    }

    /// <summary>A new context on this database, as the hub's services would give one; <paramref name="errors"/> hears what EF Core logs as an error.</summary>
    public HubDb Context(Action<string>? errors = null) =>
        _postgres is null
            ? new HubDb(Logged(new DbContextOptionsBuilder<HubDb>().UseSqlite($"Data Source={_file};Pooling=False").AddInterceptors(new DurableSqlite()), errors).Options)
            : new PostgresHubDb(Logged(new DbContextOptionsBuilder<PostgresHubDb>().UseNpgsql(_postgres.ConnectionString), errors).Options);

    private static DbContextOptionsBuilder<T> Logged<T>(DbContextOptionsBuilder<T> options, Action<string>? errors)
        where T : DbContext =>
        errors is null ? options : options.LogTo(errors, Microsoft.Extensions.Logging.LogLevel.Error);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        else if (Path.GetDirectoryName(_file) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
