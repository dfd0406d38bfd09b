using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>
/// SQLite and PostgreSQL each keep their own migrations (Persistence/Migrations and Migrations/Postgres). Both must
/// build the model the code has now, and the same tables with the same columns and keys: a change migrated for one
/// provider only would leave hubs on the other writing to columns that are not there.
/// </summary>
public sealed class MigrationSetsTests
{
    [Test]
    public void Neither_migration_set_lags_the_model()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        Assert.Multiple(() =>
        {
            Assert.That(sqlite.Database.HasPendingModelChanges(), Is.False,
                "the model has changes SQLite's migrations lack: dotnet ef migrations add NAME --context HubDb");
            Assert.That(postgres.Database.HasPendingModelChanges(), Is.False,
                "the model has changes PostgreSQL's migrations lack: dotnet ef migrations add NAME --context PostgresHubDb --output-dir Persistence/Migrations/Postgres");
        });
    }

    [Test]
    public void Both_migration_sets_make_the_same_tables_columns_keys_and_indexes()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var fromSqlite = Shape(sqlite);
        var fromPostgres = Shape(postgres);

        Assert.Multiple(() =>
        {
            Assert.That(fromSqlite, Has.Count.GreaterThan(100), "the snapshot was read");
            Assert.That(fromPostgres.Except(fromSqlite), Is.Empty, "in PostgreSQL's migrations only");
            Assert.That(fromSqlite.Except(fromPostgres), Is.Empty, "in SQLite's migrations only");
        });
    }

    [Test]
    public void Each_migration_set_belongs_to_its_own_context()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        Assert.Multiple(() =>
        {
            Assert.That(sqlite.Database.GetMigrations().First(), Does.EndWith("_Initial"));
            Assert.That(postgres.Database.GetMigrations().First(), Does.EndWith("_Initial"));
            Assert.That(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()), Is.Empty,
                "neither context picked up the other's migrations");
        });
    }

    private static HubDb Sqlite() => new(new DbContextOptionsBuilder<HubDb>().UseSqlite("Data Source=:memory:").Options);

    // No server: reading the snapshot and comparing it with the model never connects.
    private static PostgresHubDb Postgres() => new(new DbContextOptionsBuilder<PostgresHubDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

    /// <summary>Every table, column (nullable, longest text), key and index the provider's snapshot describes, one line each.</summary>
    private static HashSet<string> Shape(HubDb db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot ?? throw new InvalidOperationException("no model snapshot");
        var lines = new HashSet<string>();
        foreach (var entity in snapshot.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var columns = entity.GetProperties().ToDictionary(p => p, p => p.GetColumnName(StoreObjectIdentifier.Table(table!)));
            foreach (var (property, column) in columns)
            {
                lines.Add($"{table}.{column} {(property.IsNullable ? "null" : "not null")} max={property.GetMaxLength()}");
            }

            foreach (var key in entity.GetKeys())
            {
                lines.Add($"{table} {(key.IsPrimaryKey() ? "primary" : "alternate")} key ({string.Join(", ", key.Properties.Select(p => columns[p]))})");
            }

            foreach (var index in entity.GetIndexes())
            {
                lines.Add($"{table} {(index.IsUnique ? "unique " : "")}index ({string.Join(", ", index.Properties.Select(p => columns[p]))})");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                lines.Add($"{table} ({string.Join(", ", foreignKey.Properties.Select(p => columns[p]))}) references {foreignKey.PrincipalEntityType.GetTableName()}");
            }
        }

        return lines;
    }
}
