using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"I need help now" and "feeling worse" reach every desk until someone says "I'm going".</summary>
public sealed class UrgentAlertTests : OnAFreshHub
{
    [Test]
    public async Task Help_asked_from_a_phone_alerts_every_desk_until_one_is_going_and_the_phone_hears_someone_is_coming()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var boards = new Inbox<ReceptionBoard>(desk, nameof(IWaitingRoomClient.BoardChanged));
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await otherDesk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);

        var asked = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        var askedAgain = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);

        Assert.That((asked.Help, askedAgain.Help), Is.EqualTo((HelpState.Asked, HelpState.Asked)));
        var alert = (await boards.NextAsync(b => b.Alerts is { Count: > 0 })).Alerts!.Single();
        Assert.That((alert.Code, alert.Kind, alert.What), Is.EqualTo((ticket.Code, AlertKind.HelpNow, "asked for help now from their phone")));
        Assert.That((await otherBoards.NextAsync(b => b.Alerts is { Count: > 0 })).Alerts!.Single().Id, Is.EqualTo(alert.Id));
        Assert.That(Server.CountRows("UrgentAlerts"), Is.EqualTo(1), "pressing again while the alert is open is the same alert");

        var going = await otherDesk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(alert.Id));

        Assert.That(going.GoingBy, Is.EqualTo("desk-2"));
        Assert.That(going.GoingAt, Is.Not.Null);
        Assert.That((await boards.NextAsync(b => b.Alerts is { Count: 0 })).Alerts, Is.Empty, "cleared on the other desk too");
        Assert.That((await otherBoards.NextAsync(b => b.Alerts is { Count: 0 })).Alerts, Is.Empty);
        Assert.That((await updates.NextAsync(t => t.Help == HelpState.Coming)).Code, Is.EqualTo(ticket.Code));
        var late = await Assert.ThrowsAsync<RefusedCallException>(() => desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(alert.Id)));
        Assert.That(late!.Message, Does.Contain($"desk-2 is already going to ticket {ticket.Code}"));
        Assert.That(late!.Refusal.Code, Is.EqualTo(RefusalCodes.SomeoneElseHasIt));
    }

    [Test]
    public async Task Help_asked_again_after_someone_went_is_a_new_alert()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        var first = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts!.Single();
        await desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(first.Id));

        var again = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);

        var open = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts!;
        Assert.That(again.Help, Is.EqualTo(HelpState.Asked));
        Assert.That(open.Select(a => a.Code), Is.EqualTo(new[] { ticket.Code }));
        Assert.That(open.Single().Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public async Task Help_taken_back_from_the_phone_leaves_every_desk_live_and_cannot_be_gone_to()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var boards = new Inbox<ReceptionBoard>(desk, nameof(IWaitingRoomClient.BoardChanged));
        await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        var alert = (await boards.NextAsync(b => b.Alerts is { Count: > 0 })).Alerts!.Single();

        var withdrawn = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NoLongerNeedHelp), ticket.Token);
        var again = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NoLongerNeedHelp), ticket.Token);

        Assert.That((withdrawn.Help, again.Help), Is.EqualTo((HelpState.Withdrawn, HelpState.Withdrawn)), "taking back twice changes nothing");
        Assert.That((await boards.NextAsync(b => b.Alerts is { Count: 0 })).Alerts, Is.Empty);
        var going = await Assert.ThrowsAsync<RefusedCallException>(() => desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(alert.Id)));
        Assert.That(going!.Message, Does.Contain($"Ticket {ticket.Code} said from their phone"));
        Assert.That(going.Refusal.Code, Is.EqualTo(RefusalCodes.NotAllowedNow));
        var askedAgain = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        Assert.That(askedAgain.Help, Is.EqualTo(HelpState.Asked));
        Assert.That((await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts!.Single().Id, Is.Not.EqualTo(alert.Id), "asking again is a new alert");
    }

    [Test]
    public async Task Feeling_worse_at_check_in_alerts_the_desk_but_never_shows_on_the_phone()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(FeelingWorse: true)));

        var alert = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts!.Single();
        Assert.That((alert.Code, alert.Kind, alert.PatientName), Is.EqualTo((ticket.Code, AlertKind.FeelingWorse, "Ana Lopez")));
        Assert.That(ticket.Help, Is.Null, "care notes stay with staff");
        var going = await desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(alert.Id));
        Assert.That(going.GoingBy, Is.EqualTo(HubServer.StaffUser));
        Assert.That((await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts, Is.Empty);
    }

    [Test]
    public async Task Help_with_an_unknown_or_malformed_ticket_is_refused_with_the_reason_and_raises_nothing()
    {
        await using var stranger = await Server.AnonymousAsync();
        await using var desk = await Server.ReceptionAsync();

        var unknown = await Assert.ThrowsAsync<RefusedCallException>(() => stranger.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), "no-such-ticket-token-1234567890"));
        var malformed = await Assert.ThrowsAsync<RefusedCallException>(() => stranger.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), "<script>"));
        var noAlert = await Assert.ThrowsAsync<RefusedCallException>(() => desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(Guid.NewGuid())));

        Assert.That(unknown!.Message, Does.Contain("not valid or the visit has ended"));
        Assert.That(malformed!.Message, Does.Contain("not valid"));
        Assert.That(noAlert!.Message, Does.Contain("That alert is not known"));
        Assert.That(new[] { unknown.Refusal.Code, malformed.Refusal.Code, noAlert.Refusal.Code }, Is.EqualTo(new[] { RefusalCodes.TicketNotValid, RefusalCodes.TicketNotValid, RefusalCodes.AlertNotFound }));
        Assert.That(Server.CountRows("UrgentAlerts"), Is.EqualTo(0));
    }

    [Test]
    public async Task A_patient_who_has_been_seen_is_told_to_ask_staff_instead()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var id = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single().VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));

        var refused = await Assert.ThrowsAsync<RefusedCallException>(() => phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token));

        Assert.That(refused!.Message, Does.Contain("tell any member of staff"));
        Assert.That(refused!.Refusal.Code, Is.EqualTo(RefusalCodes.NotInWaitingRoom));
    }
}
