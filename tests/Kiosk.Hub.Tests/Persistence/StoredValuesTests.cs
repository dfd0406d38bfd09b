using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>
/// Times, days and ids come back as they went in, on each provider. PostgreSQL keeps an instant (timestamptz) and
/// takes only UTC: a clinic-local start time is stored as the same instant, and compares equal when read back.
/// (SQLite cannot compare DateTimeOffset in SQL, so the hub compares times in memory on both.)
/// </summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class StoredValuesTests(string database)
{
    [Test]
    public async Task A_clinic_local_start_time_a_birth_date_and_an_id_read_back_as_the_same_values()
    {
        await using var fresh = await HubDbOn.FreshAsync(database);
        var id = Guid.NewGuid();
        var startsAt = new DateTimeOffset(2026, 12, 3, 9, 40, 0, TimeSpan.FromHours(-5));
        await using (var db = fresh.Context())
        {
            await db.MigrateAsync();
            db.Appointments.Add(new AppointmentRow
            {
                Id = id, Day = new DateOnly(2026, 12, 3), StartsAt = startsAt, ProviderId = "lee", VisitTypeId = "checkup",
                FirstName = "Aisha", LastName = "Rahman", DateOfBirth = new DateOnly(1990, 11, 2),
            });
            await db.SaveChangesAsync();
        }

        await using var again = fresh.Context();
        var row = await again.Appointments.SingleAsync(a => a.Day == new DateOnly(2026, 12, 3));

        Assert.Multiple(() =>
        {
            Assert.That(row.Id, Is.EqualTo(id));
            Assert.That(row.StartsAt, Is.EqualTo(startsAt), "the same instant");
            Assert.That(row.StartsAt.UtcDateTime, Is.EqualTo(new DateTime(2026, 12, 3, 14, 40, 0, DateTimeKind.Utc)));
            Assert.That(row.DateOfBirth, Is.EqualTo(new DateOnly(1990, 11, 2)));
        });
    }
}
