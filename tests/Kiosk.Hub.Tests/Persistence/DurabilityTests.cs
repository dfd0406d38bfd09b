using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>The hub's SQLite file as docs/reliability.md says it is kept: write-ahead log, every commit flushed to disk.</summary>
[Category(HubDatabaseCategories.SqliteFile)]
public sealed class DurabilityTests : OnAFreshHub
{
    [Test]
    public async Task The_hubs_database_logs_ahead_and_flushes_every_commit()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        await db.Database.OpenConnectionAsync();

        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        var synchronous = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();

        Assert.That(journal.Single(), Is.EqualTo("wal"));
        Assert.That(synchronous.Single(), Is.EqualTo(2), "2 = FULL");
    }
}
