using Kiosk.Hub.Persistence;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>
/// The room's two counters are plain SQL (one statement each, so two nodes cannot both take a number):
/// the same statements must count the same way on each provider.
/// </summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class RoomCountersTests(string database)
{
    private static readonly DateOnly Day = new(2026, 12, 3);
    private HubDbOn _database = null!;

    [SetUp]
    public async Task MigrateAFreshDatabase()
    {
        _database = await HubDbOn.FreshAsync(database);
        await using var db = _database.Context();
        await db.MigrateAsync();
    }

    [TearDown]
    public async Task DropIt()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    [Test]
    public async Task Change_numbers_go_up_by_one_per_clinic_from_where_they_were()
    {
        await using var db = _database.Context();
        var before = await db.LastSequenceAsync("riverside", CancellationToken.None);
        var taken = new List<long>();
        for (var i = 0; i < 3; i++) taken.Add(await db.NextSequenceAsync("riverside", CancellationToken.None));
        var elsewhere = await db.NextSequenceAsync("hillside", CancellationToken.None);
        await using var later = _database.Context();
        var last = await later.LastSequenceAsync("riverside", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Zero);
            Assert.That(taken, Is.EqualTo(new long[] { 1, 2, 3 }));
            Assert.That(elsewhere, Is.EqualTo(1), "each clinic counts its own");
            Assert.That(last, Is.EqualTo(3), "read back from a new connection");
        });
    }

    [Test]
    public async Task A_room_version_moves_only_from_the_number_last_read()
    {
        await using var first = _database.Context();
        await using var second = _database.Context();
        var read = await first.RoomVersionAsync("riverside", Day, CancellationToken.None);
        var steps = new List<(string, bool)>
        {
            ("first writer, from 0", await first.TryMoveRoomVersionAsync("riverside", Day, read, CancellationToken.None)),
            ("second writer, also from 0", await second.TryMoveRoomVersionAsync("riverside", Day, read, CancellationToken.None)),
            ("second writer again, from 1", await second.TryMoveRoomVersionAsync("riverside", Day, 1, CancellationToken.None)),
            ("first writer, from the stale 1", await first.TryMoveRoomVersionAsync("riverside", Day, 1, CancellationToken.None)),
        };
        var now = await first.RoomVersionAsync("riverside", Day, CancellationToken.None);
        var nextDay = await first.RoomVersionAsync("riverside", Day.AddDays(1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.Zero);
            Assert.That(steps, Is.EqualTo(new[]
            {
                ("first writer, from 0", true), ("second writer, also from 0", false),
                ("second writer again, from 1", true), ("first writer, from the stale 1", false),
            }));
            Assert.That(now, Is.EqualTo(2));
            Assert.That(nextDay, Is.Zero, "each day counts its own");
        });
    }
}
