using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>The hub commits before it pushes: a restart loses nothing, on either database.</summary>
[TestFixtureSource(typeof(HubDatabases), nameof(HubDatabases.Both))]
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class RestartTests(string database)
{
    private PostgresTestDatabase? _postgres;

    [SetUp]
    public async Task FreshDatabase() => _postgres = await HubDatabases.FreshAsync(database);

    [TearDown]
    public async Task DropIt()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
    }

    [Test]
    public async Task A_checked_in_patient_and_their_phone_link_survive_a_hub_restart()
    {
        TicketView ticket;
        string dataDirectory, kioskKey, staff;
        using (var before = new HubServer(postgres: _postgres))
        {
            (dataDirectory, kioskKey, staff) = (before.DataDirectory, before.KioskKey, before.StaffPasscode);
            await using var kiosk = await before.KioskAsync();
            ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        }

        using var after = new HubServer(dataDirectory, kioskKey, staff, postgres: _postgres);
        await using var phone = await after.AnonymousAsync();
        await using var reception = await after.ReceptionAsync();
        var watched = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(watched.Code, Is.EqualTo(ticket.Code));
        Assert.That(watched.Status, Is.EqualTo(VisitStatus.Waiting));
        Assert.That(board.Rows.Select(r => r.Code), Is.EqualTo(new[] { ticket.Code }));
        after.DeleteData();
    }

    [Test]
    public async Task What_a_patient_was_told_still_stands_after_a_hub_restart()
    {
        TicketView ticket;
        string dataDirectory, kioskKey, staff;
        using (var before = new HubServer(postgres: _postgres))
        {
            (dataDirectory, kioskKey, staff) = (before.DataDirectory, before.KioskKey, before.StaffPasscode);
            await using var kiosk = await before.KioskAsync();
            ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        }

        // Suppose the patient had been told a later time than a fresh estimate would now say,
        // yet one the fresh estimate does not break: after the restart that promise must hold.
        var fresh = ticket.Estimate!;
        var told = (Low: fresh.LowMinutes, Likely: fresh.LikelyMinutes + 4, High: fresh.HighMinutes + 30);
        using var after = new HubServer(dataDirectory, kioskKey, staff, postgres: _postgres);
        await using (var scope = after.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDb>();
            var visit = db.Visits.Single(v => v.Code == ticket.Code);
            db.ShownEstimates.Add(new ShownEstimateRow { VisitId = visit.Id, Day = visit.Day, At = DateTimeOffset.UtcNow, Low = told.Low, Likely = told.Likely, High = told.High });
            await db.SaveChangesAsync();
        }

        await using var phone = await after.AnonymousAsync();
        var watched = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);

        Assert.That((watched.Estimate!.LowMinutes, watched.Estimate.LikelyMinutes, watched.Estimate.HighMinutes), Is.EqualTo(told));
        Assert.That(watched.Estimate.Reason, Is.EqualTo(fresh.Reason), "the promise keeps a reason after the restart");
        after.DeleteData();
    }
}
