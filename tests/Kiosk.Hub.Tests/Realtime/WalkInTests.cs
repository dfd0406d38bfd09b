using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"I don't have an appointment" from a real kiosk connection to a real hub.</summary>
public sealed class WalkInTests : OnAFreshHub
{
    private static readonly DateOnly Born = new(1961, 4, 3);
    [Test]
    public async Task A_walk_in_gets_a_ticket_and_appears_on_reception_with_name_and_reason()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
        await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var ticket = await WalkInAsync(kiosk, Guid.NewGuid(), WalkInReasons.Test);

        var board = await boards.NextAsync(b => b.Rows.Any(r => r.Code == ticket.Code));
        var row = board.Rows.Single(r => r.Code == ticket.Code);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(VisitStatus.Waiting));
            Assert.That(ticket.PlaceInLine, Is.EqualTo(1));
            Assert.That(row.PatientName, Is.EqualTo("Ana Lopez"));
            Assert.That(row.VisitTypeName, Is.EqualTo("Blood test"), "a test walk-in becomes a blood test visit");
        });
    }

    [Test]
    public async Task The_same_key_twice_makes_one_visit_and_the_same_ticket()
    {
        await using var kiosk = await Server.KioskAsync();
        var key = Guid.NewGuid();

        var first = await WalkInAsync(kiosk, key, WalkInReasons.Unwell);
        var again = await WalkInAsync(kiosk, key, WalkInReasons.Unwell);

        Assert.That(again.Code, Is.EqualTo(first.Code));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_walk_in_can_be_found_again_and_is_told_they_are_already_checked_in()
    {
        await using var kiosk = await Server.KioskAsync();
        var ticket = await WalkInAsync(kiosk, Guid.NewGuid(), WalkInReasons.Unwell);

        var found = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("Lopez", Born));

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn));
        Assert.That(found.ExistingTicket!.Code, Is.EqualTo(ticket.Code));
    }

    [TestCase("free text", "", "Choose a reason")]
    [TestCase(WalkInReasons.Other, "", "first name")]
    [TestCase(WalkInReasons.Other, "Lopez-too-long", "too long")]
    public async Task Bad_walk_ins_are_refused_with_a_reason_and_write_nothing(string reason, string lastName, string expected)
    {
        await using var kiosk = await Server.KioskAsync();
        var first = lastName.Length == 0 && reason == WalkInReasons.Other ? " " : "Ana";
        var last = lastName == "Lopez-too-long" ? new string('x', 500) : "Lopez";

        var error = await Assert.ThrowsAsync<RefusedCallException>(() =>
            kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(Guid.NewGuid(), first, last, Born, reason)));

        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(0));
    }

    [Test]
    public async Task The_lobby_wait_is_unknown_with_nobody_waiting_and_a_range_once_someone_is()
    {
        await using var kiosk = await Server.KioskAsync();
        var before = await kiosk.InvokeAsync<WaitRange?>(nameof(IWaitingRoomHub.LobbyWait));
        var ticket = await WalkInAsync(kiosk, Guid.NewGuid(), WalkInReasons.Unwell);

        var after = await kiosk.InvokeAsync<WaitRange?>(nameof(IWaitingRoomHub.LobbyWait));

        Assert.That(before, Is.Null);
        Assert.That(after, Is.Not.Null);
        Assert.That((after!.LowMinutes, after.HighMinutes), Is.EqualTo((ticket.Estimate!.LowMinutes, ticket.Estimate.HighMinutes)));
    }

    [Test]
    public async Task Only_a_kiosk_may_walk_someone_in()
    {
        await using var stranger = await Server.AnonymousAsync();

        await Assert.ThrowsAsync<HubException>(() => WalkInAsync(stranger, Guid.NewGuid(), WalkInReasons.Unwell));
    }

    private static Task<TicketView> WalkInAsync(HubConnection kiosk, Guid key, string reason) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(key, "Ana", "Lopez", Born, reason));
}
