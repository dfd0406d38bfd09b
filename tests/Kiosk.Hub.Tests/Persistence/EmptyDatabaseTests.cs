using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>A hub's first start on a database nobody has touched: on each provider, every migration is applied and every table is there.</summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class EmptyDatabaseTests(string database)
{
    [Test]
    public async Task An_empty_database_is_migrated_to_every_table_without_an_error_logged_and_again_is_left_as_it_is()
    {
        await using var fresh = await HubDbOn.FreshAsync(database);
        var errors = new List<string>();
        await using (var db = fresh.Context(errors.Add))
        {
            await db.MigrateAsync();
        }

        await using var again = fresh.Context();
        await again.MigrateAsync();

        var tables = again.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList();
        var counts = new List<(string, long)>();
        foreach (var table in tables)
        {
            // Table names come from the model, not from anyone's input.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts.Add((table, await again.Database.SqlQueryRaw<long>(count).SingleAsync()));
        }

        var pending = await again.Database.GetPendingMigrationsAsync();
        var applied = await again.Database.GetAppliedMigrationsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(pending, Is.Empty);
            Assert.That(applied, Is.EqualTo(again.Database.GetMigrations()));
            Assert.That(tables, Has.Count.GreaterThan(20));
            Assert.That(counts.Where(c => c.Item2 != 0), Is.Empty, "every table is there, and empty");
            Assert.That(errors, Is.Empty, "a first start logs no error: an admin reading the log would look for a fault");
        });
    }
}
