using Npgsql;

namespace Kiosk.Testing;

/// <summary>
/// A database of its own, new and empty, on the PostgreSQL server that ./kiosk test starts for the run
/// (<see cref="Variable"/> names it), dropped again on dispose: no case sees another's rows.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>The connection string of the test run's server, set by ./kiosk test.</summary>
    public const string Variable = "KIOSK_TEST_POSTGRES";

    private PostgresTestDatabase(string server, string name)
    {
        (Server, Name) = (server, name);
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>This database's connection string (ConnectionStrings:Hub for a hub on it).</summary>
    public string ConnectionString { get; }

    private string Server { get; }

    /// <summary>Fails (never skips) when the run has no server: these cases are part of every run.</summary>
    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL cases have no server. Run the tests through ./kiosk test, which starts one, "
                + $"or start a PostgreSQL server yourself and set {Variable} to its connection string (Host=127.0.0.1;Port=…;Username=…;Password=…).");

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString();
        var database = new PostgresTestDatabase(server, $"kiosk_test_{Guid.NewGuid():N}");
        await database.OnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A database made earlier by <see cref="CreateAsync"/> (a restarted hub's), by name.</summary>
    public static PostgresTestDatabase Existing(string name) => new(ServerConnectionString(), name);

    public async ValueTask DisposeAsync()
    {
        // The hub's pooled connections may still be open; FORCE ends them with the database.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await OnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
