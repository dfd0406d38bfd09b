using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"Is there anything we should know today?" reaches reception, and only reception.</summary>
public sealed class CareNotesTests : OnAFreshHub
{
    [Test]
    public async Task Care_notes_from_a_check_in_are_stored_and_shown_on_the_reception_board()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var care = new CareNotes(Needles: true, InterpreterLanguage: "Polish", FeelingWorse: true, Other: "  I use a hearing aid  ");

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(
            Guid.NewGuid(), await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman), DemoPatients.Rahman.LastName, DemoPatients.Rahman.DateOfBirth, care));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).Care, Is.EqualTo(care with { Other = "I use a hearing aid" }));
    }

    [Test]
    public async Task A_walk_in_can_say_they_feel_worse_and_reception_sees_the_urgent_flag()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(FeelingWorse: true)));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).Care?.FeelingWorse, Is.True);
    }

    [Test]
    public async Task Notes_with_nothing_chosen_are_no_notes()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(InterpreterLanguage: " ", Other: "")));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).Care, Is.Null);
    }

    [Test]
    public async Task An_over_long_note_is_refused_with_a_reason_and_nothing_is_written()
    {
        await using var kiosk = await Server.KioskAsync();

        var error = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(Other: new string('x', 201)))));

        Assert.That(error!.Message, Does.Contain("at most 200"));
        Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(0));
    }
}
