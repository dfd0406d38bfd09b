using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>One change, one transaction: a change that fails part-way leaves nothing of itself behind, on either database.</summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class OneTransactionTests(string database)
{
    private PostgresTestDatabase? _postgres;

    private HubServer Server { get; set; } = null!;

    [SetUp]
    public async Task StartHub()
    {
        _postgres = await HubDatabases.FreshAsync(database);
        Server = new HubServer(postgres: _postgres);
    }

    [TearDown]
    public async Task StopHub()
    {
        Server?.Dispose();
        Server?.DeleteData();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }

    [Test]
    public async Task A_check_in_whose_shown_estimate_cannot_be_saved_leaves_no_visit_and_a_retry_makes_exactly_one()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var appointment = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var key = Guid.NewGuid();
        // The database refuses the last write of the check-in: what the patient was shown.
        await RefuseInsertsAsync("ShownEstimates");

        await Assert.ThrowsAsync<HubException>(() => kiosk.CheckInAsync(DemoPatients.Rahman, appointment, key));
        var afterFailure = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var visitsAfterFailure = Server.CountRows("Visits");

        await AllowInsertsAsync("ShownEstimates");
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman, appointment, key);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.Multiple(() =>
        {
            Assert.That(afterFailure.Rows, Is.Empty, "the failed check-in is not on the board");
            Assert.That(visitsAfterFailure, Is.Zero, "nor in the database");
            Assert.That(ticket.Code, Is.EqualTo("A001"), "the retry is the first ticket, not the second");
            Assert.That(board.Rows.Select(r => r.Code), Is.EqualTo(new[] { "A001" }));
            Assert.That(Server.CountRows("ShownEstimates"), Is.GreaterThan(0), "the retry kept what the patient was shown");
        });
    }

    [Test]
    public async Task A_check_in_feeling_worse_whose_alert_cannot_be_saved_leaves_no_visit_no_care_notes_and_no_alert()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var appointment = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var key = Guid.NewGuid();
        var request = new CheckInRequest(key, appointment, DemoPatients.Rahman.LastName, DemoPatients.Rahman.DateOfBirth, new CareNotes(Needles: true, FeelingWorse: true));
        // The database refuses the alert that goes with the check-in.
        await RefuseInsertsAsync("UrgentAlerts");

        await Assert.ThrowsAsync<HubException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), request));
        var afterFailure = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var (visitsAfterFailure, alertsAfterFailure) = (Server.CountRows("Visits"), Server.CountRows("UrgentAlerts"));

        await AllowInsertsAsync("UrgentAlerts");
        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), request);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.Multiple(() =>
        {
            Assert.That(afterFailure.Rows, Is.Empty, "the failed check-in is not on the board");
            Assert.That(afterFailure.Alerts, Is.Empty);
            Assert.That((visitsAfterFailure, alertsAfterFailure), Is.EqualTo((0L, 0L)), "nor in the database");
            Assert.That(ticket.Code, Is.EqualTo("A001"));
            Assert.That(board.Rows.Single().Care, Is.EqualTo(new CareNotes(Needles: true, FeelingWorse: true)));
            Assert.That(board.Alerts?.Select(a => (a.Code, a.Kind)), Is.EqualTo(new[] { ("A001", AlertKind.FeelingWorse) }));
            Assert.That(Server.CountRows("UrgentAlerts"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Care_notes_stored_by_an_earlier_version_are_still_read()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        // As versions that stored the wire's CareNotes record wrote it.
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDb>();
            db.Visits.Single(v => v.Code == ticket.Code).CareNotes =
                """{"Needles":false,"InterpreterLanguage":"Polish","Mobility":true,"TalkPrivately":false,"FeelingWorse":false,"Other":"hearing aid"}""";
            await db.SaveChangesAsync();
        }

        // As a hub of that version would have committed it: with the room's version moved, so this hub reads the room again.
        await SqlAsync("""UPDATE "RoomVersions" SET "Version" = "Version" + 1""");

        await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).Care, Is.EqualTo(new CareNotes(InterpreterLanguage: "Polish", Mobility: true, Other: "hearing aid")));
    }

    /// <summary>The database refuses every new row in <paramref name="table"/>, as a full disk would, in each provider's own trigger syntax.</summary>
    private Task RefuseInsertsAsync(string table) => SqlAsync(OnSqlite()
        ? $"CREATE TRIGGER refuse_{table} BEFORE INSERT ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        : $"""
           CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
           CREATE TRIGGER refuse_{table} BEFORE INSERT ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_{table}();
           """);

    private Task AllowInsertsAsync(string table) => SqlAsync(OnSqlite()
        ? $"DROP TRIGGER refuse_{table}"
        : $"DROP TRIGGER refuse_{table} ON \"{table}\"");

    private bool OnSqlite()
    {
        using var scope = Server.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HubDb>().Database.IsSqlite();
    }

    private async Task SqlAsync(string sql)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDb>().Database.ExecuteSqlRawAsync(sql);
    }
}
