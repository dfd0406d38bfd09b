using Kiosk.Hub.Persistence;
using Kiosk.Hub.Retention;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Retention;

/// <summary>
/// The retention pass on a hub whose data is on PostgreSQL: the same purge in one transaction, without SQLite's
/// file pragmas (the server reclaims dead rows itself). What a checked-in patient typed is gone after the window.
/// </summary>
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class RetentionOnPostgresTests
{
    private PostgresTestDatabase _database = null!;
    private HubServer _server = null!;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [SetUp]
    public async Task StartAHubOnPostgres()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _server = new HubServer(time: _time, postgres: _database);
    }

    [TearDown]
    public async Task StopIt()
    {
        _server?.Dispose();
        _server?.DeleteData();
        if (_database is not null) await _database.DisposeAsync();
    }

    [Test]
    public async Task After_the_window_a_checked_in_patients_name_and_birth_date_are_gone_and_the_visit_stays()
    {
        var day = _server.Services.GetRequiredService<ClinicProfile>().Today(_time);
        await using (var kiosk = await _server.KioskAsync())
        {
            await kiosk.CheckInAsync(DemoPatients.Rahman);
        }

        _time.Advance(TimeSpan.FromDays(31));
        // The hub's own timer fired as the clock moved; a pass asked for now waits for it, so all is done when it returns.
        await _server.Services.GetRequiredService<PatientDataRetention>().PurgeAsync(CancellationToken.None);

        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var people = await db.Appointments.Where(a => a.Day == day).Select(a => new { a.FirstName, a.LastName, a.DateOfBirth }).Distinct().ToListAsync();
        var visits = await db.Visits.CountAsync(v => v.Day == day);

        Assert.Multiple(() =>
        {
            Assert.That(db, Is.TypeOf<PostgresHubDb>());
            Assert.That(people, Is.EqualTo(new[] { new { FirstName = "-", LastName = "-", DateOfBirth = default(DateOnly) } }));
            Assert.That(visits, Is.EqualTo(1), "the visit stays, for the statistics");
        });
    }
}
