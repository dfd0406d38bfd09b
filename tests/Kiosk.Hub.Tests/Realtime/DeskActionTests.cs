using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Every desk action, and who hears about it: the patient's phone, the next in line, every board.</summary>
public sealed class DeskActionTests : OnAFreshHub
{
    [Test]
    public async Task A_patient_taken_into_the_room_and_seen_leaves_the_board_and_their_phone_says_so()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var id = await VisitIdAsync(desk, ticket.Code);
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));

        var inRoom = await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        var done = await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));

        Assert.That(inRoom!.Status, Is.EqualTo(VisitStatus.InRoom));
        Assert.That(done, Is.Null, "a patient who has been seen is off the board");
        Assert.That((await updates.NextAsync(t => t.Status == VisitStatus.Done)).Estimate, Is.Null);
    }

    [Test]
    public async Task A_patient_who_left_is_taken_off_the_board_and_the_next_patient_moves_up()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var nextPhone = await Server.AnonymousAsync();
        var gone = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var next = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var updates = new Inbox<TicketView>(nextPhone, nameof(IWaitingRoomClient.TicketUpdated));
        await nextPhone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token);

        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(await VisitIdAsync(desk, gone.Code), DeskAction.LeftWithoutBeingSeen));

        Assert.That(next.PlaceInLine, Is.EqualTo(2));
        Assert.That((await updates.NextAsync(t => t.PlaceInLine == 1)).Status, Is.EqualTo(VisitStatus.Waiting));
    }

    [Test]
    public async Task Undoing_a_call_made_by_mistake_puts_the_patient_back_in_line_and_tells_their_phone()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var id = await VisitIdAsync(desk, ticket.Code);
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await updates.NextAsync(t => t.Status == VisitStatus.Called);

        var undone = await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Undo));

        var back = await updates.NextAsync(t => t.Status == VisitStatus.Waiting);
        Assert.That(undone!.Status, Is.EqualTo(VisitStatus.Waiting));
        Assert.That(undone.Room, Is.Null);
        Assert.That(back.Estimate, Is.Not.Null, "back in line, with a wait range again");
    }

    [Test]
    public async Task A_patient_moved_to_another_provider_sees_the_new_provider_and_every_desk_sees_the_move()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        await otherDesk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var moved = await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.MoveVisit), new MoveVisitRequest(await VisitIdAsync(desk, ticket.Code), "okafor"));

        Assert.That(moved!.ProviderName, Is.EqualTo("Dr Okafor"));
        Assert.That((await updates.NextAsync(t => t.ProviderName == "Dr Okafor")).Status, Is.EqualTo(VisitStatus.Waiting));
        Assert.That((await otherBoards.NextAsync(b => b.Rows.Any(r => r.Code == ticket.Code && r.ProviderId == "okafor"))).Rows, Is.Not.Empty);
    }

    [Test]
    public async Task A_provider_running_late_moves_their_patients_ranges_with_the_reason_and_survives_a_restart()
    {
        var dataDirectory = Server.DataDirectory;
        TicketView ticket;
        await using (var kiosk = await Server.KioskAsync())
        await using (var desk = await Server.ReceptionAsync())
        await using (var phone = await Server.AnonymousAsync())
        {
            ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
            var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
            await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);

            var board = await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 40, "an emergency"));

            var told = await updates.NextAsync(t => t.Estimate!.Reason.Contains("running about 40 min behind", StringComparison.Ordinal));
            Assert.That(told.Estimate!.Reason, Does.Contain("an emergency"));
            Assert.That(told.Estimate.LikelyMinutes, Is.GreaterThan(ticket.Estimate!.LikelyMinutes + 20));
            Assert.That(board.RunningLate!.Single(), Is.EqualTo(new RunningLate("lee", "Dr Lee", 40, "an emergency", board.RunningLate![0].SetAt)));
        }

        var (kioskKey, staff) = (Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff);
        await using var deskAgain = await Server.ReceptionAsync();
        var after = await deskAgain.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(after.RunningLate!.Select(l => (l.ProviderId, l.Minutes)), Is.EqualTo(new[] { ("lee", 40) }));
    }

    [Test]
    public async Task A_fixed_late_reason_reaches_the_phone_as_its_own_sentence_and_survives_a_restart()
    {
        var dataDirectory = Server.DataDirectory;
        await using (var kiosk = await Server.KioskAsync())
        await using (var desk = await Server.ReceptionAsync())
        await using (var phone = await Server.AnonymousAsync())
        {
            var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
            var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
            await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);

            var board = await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 30, "", LateReasonKind.StaffShortage));

            var told = await updates.NextAsync(t => t.Estimate!.ReasonParts.Any(p => p.Key.StartsWith("late", StringComparison.Ordinal)));
            Assert.That(told.Estimate!.ReasonParts[0].Key, Is.EqualTo("late-staff-short"));
            Assert.That(told.Estimate.Reason, Does.StartWith("Dr Lee is running about 30 min behind because we are short of staff today."));
            Assert.That(board.RunningLate!.Single().Reason, Is.EqualTo("staff shortage"), "reception reads the reason by its name");
        }

        var (kioskKey, staff) = (Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff);
        await using var deskAgain = await Server.ReceptionAsync();
        var after = await deskAgain.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(after.RunningLate!.Select(l => (l.ProviderId, l.Minutes, l.Reason)), Is.EqualTo(new[] { ("lee", 30, "staff shortage") }));
    }

    [Test]
    public async Task Desk_actions_that_make_no_sense_are_refused_with_the_reason()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var id = await VisitIdAsync(desk, ticket.Code);

        async Task<(string, string)> Act(string method, object request) =>
            (await desk.InvokeAsync<HubResult<object>>(method, request)).Refusal is { } r ? (r.Code, r.Message) : ("done", "");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Act(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done)), Is.EqualTo((RefusalCodes.NotAllowedNow, "A visit that is waiting cannot be marked Done.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Undo)), Is.EqualTo((RefusalCodes.NotAllowedNow, "There is no desk action to undo for this patient.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(Guid.NewGuid(), DeskAction.InRoom)), Is.EqualTo((RefusalCodes.VisitNotFound, "That visit is not in today's waiting room. Refresh the board and try again.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.MoveVisit), new MoveVisitRequest(id, "lee")), Is.EqualTo((RefusalCodes.AlreadyInThatLine, $"Ticket {ticket.Code} is already in Dr Lee's line.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.MoveVisit), new MoveVisitRequest(id, "nobody")), Is.EqualTo((RefusalCodes.InvalidInput, "Say which of the clinic's providers to move the patient to.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 999, "")), Is.EqualTo((RefusalCodes.InvalidInput, "A delay is between 0 and 240 minutes.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 10, new string('x', 81))), Is.EqualTo((RefusalCodes.InvalidInput, "Keep the reason to 80 characters; patients read it.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 10, "flu clinic", LateReasonKind.Emergency)), Is.EqualTo((RefusalCodes.InvalidInput, "Choose one of the listed reasons or type your own, not both.")));
            Assert.That(await Act(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 10, "", (LateReasonKind)99)), Is.EqualTo((RefusalCodes.InvalidInput, "Choose one of the listed reasons, or type your own.")));
        }

        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(board.Rows.Single().Status, Is.EqualTo(VisitStatus.Waiting), "nothing changed");
        Assert.That(board.RunningLate, Is.Empty);
    }

    [Test]
    public async Task Only_reception_can_act_move_or_say_a_provider_is_late()
    {
        await using var stranger = await Server.AnonymousAsync();
        await using var kiosk = await Server.KioskAsync();

        foreach (var client in new[] { stranger, kiosk })
        {
            await Assert.ThrowsAsync<HubException>(() => client.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(Guid.NewGuid(), DeskAction.Done)));
            await Assert.ThrowsAsync<HubException>(() => client.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.MoveVisit), new MoveVisitRequest(Guid.NewGuid(), "okafor")));
            await Assert.ThrowsAsync<HubException>(() => client.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 10, "")));
        }
    }

    private static async Task<Guid> VisitIdAsync(HubConnection desk, string code) =>
        (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == code).VisitId;
}
