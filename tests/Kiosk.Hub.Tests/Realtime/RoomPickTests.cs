using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Calling a patient to a room the desk picks: the TV, the phone and every desk hear which room.</summary>
public sealed class RoomPickTests : OnAFreshHub
{
    [Test]
    public async Task A_patient_called_to_a_room_other_than_the_usual_one_is_sent_there_on_the_tv_their_phone_and_every_desk()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        await using var tv = await Server.AnonymousAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var calls = new Inbox<CalledTicket>(tv, nameof(IWaitingRoomClient.TicketCalled));
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        await tv.InvokeAsync<IReadOnlyList<CalledTicket>>(nameof(IWaitingRoomHub.WatchDisplay));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        await otherDesk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var row = await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(await VisitIdAsync(desk, ticket.Code), " room 3 "));

        Assert.That(row.Room, Is.EqualTo("Room 3"), "spelt as the clinic file spells it");
        var onTv = await calls.NextAsync(c => c.Code == ticket.Code);
        Assert.That(onTv.Room, Is.EqualTo("Room 3"), "the TV says the room picked");
        Assert.That((await updates.NextAsync(t => t.Status == VisitStatus.Called)).Room, Is.EqualTo("Room 3"));
        Assert.That((await otherBoards.NextAsync(b => b.Rows.Any(r => r.Code == ticket.Code && r.Status == VisitStatus.Called))).Rows.Single(r => r.Code == ticket.Code).Room, Is.EqualTo("Room 3"));
    }

    [Test]
    public async Task A_room_the_clinic_does_not_have_is_refused_with_the_rooms_it_does_have_and_nobody_is_called()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var id = await VisitIdAsync(desk, ticket.Code);
        var eventsBefore = Server.CountRows("VisitEvents");

        var refused = await Assert.ThrowsAsync<RefusedCallException>(() => desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 9")));

        Assert.That(refused!.Message, Does.Contain("'Room 9' is not one of the clinic's rooms: Room 1, Room 2, Room 3, Room 4, Treatment room"));
        Assert.That(refused!.Refusal.Code, Is.EqualTo(RefusalCodes.UnknownRoom));
        Assert.That(Server.CountRows("VisitEvents"), Is.EqualTo(eventsBefore));
        Assert.That((await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == ticket.Code).Status, Is.EqualTo(VisitStatus.Waiting));
    }

    private static async Task<Guid> VisitIdAsync(HubConnection desk, string code) =>
        (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == code).VisitId;
}
