using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>One change, one transaction: a change that fails part-way leaves nothing of itself behind.</summary>
public sealed class OneTransactionTests : OnAFreshHub
{
    [Test]
    public async Task A_check_in_whose_shown_estimate_cannot_be_saved_leaves_no_visit_and_a_retry_makes_exactly_one()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var appointment = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var key = Guid.NewGuid();
        // The database refuses the last write of the check-in: what the patient was shown.
        await SqlAsync("CREATE TRIGGER refuse_shown BEFORE INSERT ON ShownEstimates BEGIN SELECT RAISE(ABORT, 'disk full'); END");

        await Assert.ThrowsAsync<HubException>(() => kiosk.CheckInAsync(DemoPatients.Rahman, appointment, key));
        var afterFailure = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var visitsAfterFailure = Server.CountRows("Visits");

        await SqlAsync("DROP TRIGGER refuse_shown");
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

    private async Task SqlAsync(string sql)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDb>().Database.ExecuteSqlRawAsync(sql);
    }
}
