using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>The hub commits before it pushes: a restart loses nothing.</summary>
public sealed class RestartTests
{
    [Test]
    public async Task A_checked_in_patient_and_their_phone_link_survive_a_hub_restart()
    {
        TicketView ticket;
        string dataDirectory, kioskKey, staff;
        using (var before = new HubServer())
        {
            (dataDirectory, kioskKey, staff) = (before.DataDirectory, before.KioskKey, before.StaffPasscode);
            await using var kiosk = await before.KioskAsync();
            ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        }

        using var after = new HubServer(dataDirectory, kioskKey, staff);
        await using var phone = await after.AnonymousAsync();
        await using var reception = await after.ReceptionAsync();
        var watched = await phone.InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(watched.Code, Is.EqualTo(ticket.Code));
        Assert.That(watched.Status, Is.EqualTo(VisitStatus.Waiting));
        Assert.That(board.Rows.Select(r => r.Code), Is.EqualTo(new[] { ticket.Code }));
        after.DeleteData();
    }
}
