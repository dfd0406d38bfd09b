using System.Data.Common;
using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>
/// Two hubs (two nodes) on one database: neither keeps the truth in its own memory. A change made
/// on one is seen at once by the other's readers, and two changes that cross are both kept —
/// the one that finds the room moved under it is made again, not written over the other. On SQLite the two
/// share a file; on PostgreSQL, a server, as a clinic's nodes do.
/// </summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class TwoHubsOneRoomTests(string database)
{
    private PostgresTestDatabase? _postgres;
    private HubServer _first = null!;
    private HubServer _second = null!;
    private readonly CrossingChange _crossing = new();

    [SetUp]
    public async Task StartTwoHubs()
    {
        _postgres = await HubDatabases.FreshAsync(database);
        // On PostgreSQL the hub's context is PostgresHubDb, configured under its own type.
        _first = new HubServer(services: s => s.ConfigureDbContext<HubDb>(o => o.AddInterceptors(_crossing)).ConfigureDbContext<PostgresHubDb>(o => o.AddInterceptors(_crossing)),
            postgres: _postgres);
        _second = new HubServer(_first.DataDirectory, _first.KioskKey, _first.StaffPasscode, postgres: _postgres);
    }

    [TearDown]
    public async Task StopHubs()
    {
        _second.Dispose();
        _first.Dispose();
        _first.DeleteData();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }

    [Test]
    public async Task A_check_in_on_one_hub_is_on_the_other_hubs_board_at_once()
    {
        await using var reception = await _first.ReceptionAsync();
        await using var kiosk = await _second.KioskAsync();
        var before = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var after = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.Multiple(() =>
        {
            Assert.That(before.Rows.Select(r => r.Code), Does.Not.Contain(ticket.Code));
            Assert.That(after.Rows.Select(r => r.Code), Does.Contain(ticket.Code), "the first hub read the room again, not its own last copy");
        });
    }

    [Test]
    public async Task Two_check_ins_that_cross_on_two_hubs_get_two_tickets_and_neither_is_lost()
    {
        await using var firstKiosk = await _first.KioskAsync();
        await using var secondKiosk = await _second.KioskAsync();
        var rahman = await firstKiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var obrien = await secondKiosk.FindAppointmentIdAsync(DemoPatients.OBrien);
        TicketView? second = null;
        // The first hub has read the room and is about to save its check-in when the second hub's goes through.
        _crossing.Meanwhile = async () => second = await secondKiosk.CheckInAsync(DemoPatients.OBrien, obrien, Guid.NewGuid());

        var first = await firstKiosk.CheckInAsync(DemoPatients.Rahman, rahman, Guid.NewGuid());
        await using var reception = await _second.ReceptionAsync();
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.Multiple(() =>
        {
            Assert.That(_crossing.Crossed, Is.True, "the second check-in went through while the first was being made");
            Assert.That(second?.Code, Is.EqualTo("A001"), "Dr Lee's first ticket went to the check-in saved first");
            Assert.That(first.Code, Is.EqualTo("A002"), "the check-in that found the room moved was made again, with the next ticket");
            Assert.That(board.Rows.Where(r => r.Status == VisitStatus.Waiting).Select(r => r.Code), Is.EquivalentTo(new[] { "A001", "A002" }));
            Assert.That(_first.CountRows("Visits"), Is.EqualTo(2));
        });
    }

    /// <summary>
    /// Runs <see cref="Meanwhile"/> once, in the first hub, after a change has read the room's
    /// version and just before it opens its transaction to save: the moment another node's change can slip in.
    /// </summary>
    private sealed class CrossingChange : IDbCommandInterceptor, IDbTransactionInterceptor
    {
        private int _readVersion;

        public Func<Task>? Meanwhile { get; set; }

        public bool Crossed { get; private set; }

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Meanwhile is not null && command.CommandText.Contains("FROM \"RoomVersions\"", StringComparison.Ordinal))
            {
                Interlocked.Exchange(ref _readVersion, 1);
            }

            return ValueTask.FromResult(result);
        }

        public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _readVersion, 0) == 1 && Meanwhile is { } meanwhile)
            {
                Meanwhile = null;
                await meanwhile();
                Crossed = true;
            }

            return result;
        }
    }
}
