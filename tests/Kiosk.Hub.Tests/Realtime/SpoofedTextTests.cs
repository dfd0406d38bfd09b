using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Text that would show something other than what was typed never reaches reception as typed.</summary>
public sealed class SpoofedTextTests : OnAFreshHub
{
    private static readonly DateOnly Born = new(1961, 4, 3);

    [Test]
    public async Task A_walk_in_whose_name_reverses_on_screen_is_refused_with_the_reason_and_nothing_is_stored()
    {
        await using var kiosk = await Server.KioskAsync();

        var first = await Assert.ThrowsAsync<RefusedCallException>(() => WalkInAsync(kiosk, "\u202EnamoW\u202C", "Evil"));
        var last = await Assert.ThrowsAsync<RefusedCallException>(() => WalkInAsync(kiosk, "Ana", "Lo\u2067pez"));

        Assert.That(first!.Message, Does.Contain("change the direction of text"));
        Assert.That(last!.Message, Does.Contain("change the direction of text"));
        Assert.That((first.Refusal.Code, first.Refusal.Field, last.Refusal.Field), Is.EqualTo((RefusalCodes.InvalidInput, "FirstName", "LastName")));
        Assert.That(Server.CountRows("Visits"), Is.Zero);
    }

    [Test]
    public async Task A_lookup_with_a_direction_control_in_the_name_is_refused_at_the_kiosk()
    {
        await using var kiosk = await Server.KioskAsync();

        var byName = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<AppointmentLookupResult>(
            nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("\u202ERahman", DemoPatients.Rahman.DateOfBirth)));

        Assert.That(byName!.Message, Does.Contain("change the direction of text"));
        Assert.That(byName!.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
    }

    [Test]
    public async Task Zero_width_characters_are_stripped_so_reception_sees_and_finds_the_plain_name()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();

        var ticket = await WalkInAsync(kiosk, "A\u200Bna\uFEFF", "Lo\u200Dpez\u2060", new CareNotes(Other: "Needs\u200B a \u202Eside room"));
        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var again = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("Lo\u200Bpez", Born));

        var row = board.Rows.Single(r => r.Code == ticket.Code);
        Assert.That(row.PatientName, Is.EqualTo("Ana Lopez"));
        Assert.That(row.Care!.Other, Is.EqualTo("Needs a side room"), "free text keeps its words and loses the direction control");
        Assert.That(again.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn));
    }

    [Test]
    public async Task A_question_and_the_desks_answer_lose_direction_controls_and_invisible_characters()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);

        var asked = (await phone.AskAsync(ticket.Token, "insurance", "Am I\u200B \u202Ecovered?\u202C")).Value!;
        await desk.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), asked.Id);
        var answered = await desk.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), asked.Id, "\u2066Yes,\u2069   you are\u00A0covered.\u200B");
        var emptyNote = await Assert.ThrowsAsync<RefusedCallException>(() => desk.ActAsync(nameof(IWaitingRoomHub.AddCallbackNote), asked.Id, "\u200B\u2060 "));

        Assert.That(answered.Question, Is.EqualTo("Am I covered?"));
        Assert.That(answered.Answer, Is.EqualTo("Yes, you are covered."));
        Assert.That(emptyNote!.Message, Does.Contain("Write the note"), "a note of invisible characters is no note");
        Assert.That(emptyNote.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
    }

    private static Task<TicketView> WalkInAsync(HubConnection kiosk, string first, string last, CareNotes? care = null) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(Guid.NewGuid(), first, last, Born, WalkInReasons.Unwell, care));
}
