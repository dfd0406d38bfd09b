using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"Waiting longer than we said — go and talk to them", and "I've spoken to them".</summary>
public sealed class OverdueTests : OnTheHubsClock
{
    [Test]
    public async Task A_patient_past_their_promise_is_nudged_until_spoken_to_and_nudged_again_when_the_next_promise_passes()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        var fresh = await RowAsync(otherDesk, ticket.Code);
        Assert.That(fresh.IsOverdue(Time.GetUtcNow()), Is.False, "just checked in");

        Time.Advance(TimeSpan.FromMinutes(ticket.Estimate!.HighMinutes + 1));
        var late = await RowAsync(desk, ticket.Code);
        Assert.That(late.IsOverdue(Time.GetUtcNow()), Is.True, "waited past the high end told at check-in");

        var spoken = await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.AcknowledgeOverdue), new AcknowledgeOverdueRequest(late.VisitId));

        Assert.That(spoken.SpokenTo, Is.EqualTo(new SpokenTo(HubServer.StaffUser, Time.GetUtcNow())));
        Assert.That(spoken.IsOverdue(Time.GetUtcNow()), Is.False, "the nudge calms once someone has spoken to them");
        Assert.That(spoken.NudgeAt, Is.GreaterThanOrEqualTo(Time.GetUtcNow().AddMinutes(5)), "at least the few minutes the phone says");
        var seen = await otherBoards.NextAsync(b => b.Rows.Any(r => r.Code == ticket.Code && r.SpokenTo is not null));
        Assert.That(seen.Rows.Single(r => r.Code == ticket.Code).IsOverdue(seen.AsOf), Is.False, "the other desk sees it calm too");

        Time.Advance(spoken.NudgeAt!.Value - Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var again = await RowAsync(desk, ticket.Code);
        Assert.That(again.IsOverdue(Time.GetUtcNow()), Is.True, "still waiting after the next promise: nudge again");
        Assert.That(again.SpokenTo!.By, Is.EqualTo(HubServer.StaffUser), "and the board still says who spoke to them last");
    }

    [Test]
    public async Task Speaking_to_someone_who_is_not_overdue_or_already_spoken_to_is_refused_with_the_reason()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var row = await RowAsync(desk, ticket.Code);

        Task Spoke(HubConnection who, Guid visit) => who.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.AcknowledgeOverdue), new AcknowledgeOverdueRequest(visit));

        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => Spoke(desk, row.VisitId)))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.NotOverdue).And.Property(nameof(Refusal.Message)).Contains("has not waited past what they were told yet"));
        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => Spoke(desk, Guid.NewGuid())))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.VisitNotFound).And.Property(nameof(Refusal.Message)).Contains("not in today's waiting room"));
        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => Spoke(desk, Guid.Empty)))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.InvalidInput).And.Property(nameof(Refusal.Message)).Contains("Say which patient"));
        Time.Advance(TimeSpan.FromMinutes(ticket.Estimate!.HighMinutes + 1));
        await Spoke(otherDesk, row.VisitId);
        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => Spoke(desk, row.VisitId)))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.AlreadySpokenTo).And.Property(nameof(Refusal.Message)).Contains("desk-2 spoke to ticket " + ticket.Code));
        Assert.That(Server.CountRows("SpokenTo"), Is.EqualTo(1));
    }

    [Test]
    public async Task Who_spoke_to_a_patient_is_kept_across_a_restart()
    {
        await using (var kiosk = await Server.KioskAsync())
        await using (var desk = await Server.ReceptionAsync())
        {
            var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
            Time.Advance(TimeSpan.FromMinutes(ticket.Estimate!.HighMinutes + 1));
            await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.AcknowledgeOverdue), new AcknowledgeOverdueRequest((await RowAsync(desk, ticket.Code)).VisitId));
        }

        var spokeAt = Time.GetUtcNow();
        var (dataDirectory, kioskKey, staff) = (Server.DataDirectory, Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff, time: Time);
        await using var deskAgain = await Server.ReceptionAsync();

        var board = await deskAgain.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(board.Rows.Single().SpokenTo, Is.EqualTo(new SpokenTo(HubServer.StaffUser, spokeAt)));
        Assert.That(board.Rows.Single().IsOverdue(board.AsOf), Is.False);
    }

    private static async Task<BoardRow> RowAsync(HubConnection desk, string code) =>
        (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == code);
}
