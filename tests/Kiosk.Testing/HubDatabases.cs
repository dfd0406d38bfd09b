namespace Kiosk.Testing;

/// <summary>
/// The databases a hub runs on, for [TestFixtureSource]: every persistence and integration fixture that
/// takes one runs once on each. "postgres" cases fail, never skip, outside ./kiosk test (<see cref="PostgresTestDatabase"/>).
/// </summary>
public static class HubDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static readonly string[] Both = [Sqlite, Postgres];

    /// <summary>A new PostgreSQL database for one case, or null for SQLite (each hub has its own file anyway).</summary>
    public static async Task<PostgresTestDatabase?> FreshAsync(string database) =>
        database switch
        {
            Sqlite => null,
            Postgres => await PostgresTestDatabase.CreateAsync(),
            _ => throw new ArgumentException($"Not a hub database: {database}.", nameof(database)),
        };
}

/// <summary>
/// Categories for `./kiosk test`'s second pass of the hub's tests with every hub on PostgreSQL
/// (<see cref="HubServer.DatabaseVariable"/>), which leaves out both kinds.
/// </summary>
public static class HubDatabaseCategories
{
    /// <summary>Reads or checks hub.db itself (its bytes, its pragmas, its schema table): SQLite's alone.</summary>
    public const string SqliteFile = "SqliteFile";

    /// <summary>Already runs once per provider (a [TestFixtureSource] of <see cref="HubDatabases.Both"/>).</summary>
    public const string EachDatabase = "EachDatabase";
}
