using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// Two desks acting at the same moment: every screen ends on what was committed last, and no
/// screen is ever handed an older state after a newer one.
/// </summary>
public sealed class PushOrderTests : OnAFreshHub
{
    private const int Rounds = 100;

    [Test]
    public async Task Two_desks_acting_at_once_leave_reception_and_the_phone_on_the_latest_state_and_never_step_back()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        await using var watcher = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var second = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var boards = new Inbox<ReceptionBoard>(watcher, nameof(IWaitingRoomClient.BoardChanged));
        var tickets = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        var start = await watcher.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), first.Token);
        var a = start.Rows.Single(r => r.Code == first.Code).VisitId;
        var b = start.Rows.Single(r => r.Code == second.Code).VisitId;

        for (var round = 0; round < Rounds; round++)
        {
            await Task.WhenAll(
                desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(a, "Room 2")),
                otherDesk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(b, "Room 4")));
            await EachEndsOnAsync(VisitStatus.Called);

            await Task.WhenAll(
                desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(a, DeskAction.Undo)),
                otherDesk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(b, DeskAction.Undo)));
            await EachEndsOnAsync(VisitStatus.Waiting);
        }

        var committed = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), first.Token);
        Assert.Multiple(() =>
        {
            Assert.That(boards.All.Select(x => x.Sequence), Is.Ordered.Ascending.And.Unique, "reception never got an older board after a newer one");
            Assert.That(tickets.All.Select(x => x.Sequence), Is.Ordered.Ascending.And.Unique, "the phone never got an older ticket after a newer one");
            var shown = Shown(tickets.All);
            Assert.That((shown.Sequence, shown.Status, shown.PlaceInLine), Is.EqualTo((committed.Sequence, committed.Status, committed.PlaceInLine)), "the phone ends on the latest state");
        });

        async Task EachEndsOnAsync(VisitStatus expected)
        {
            var latest = await watcher.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
            await boards.NextAsync(x => x.Sequence >= latest.Sequence);
            await tickets.NextAsync(t => t.Status == expected);
            var board = Shown(boards.All);
            Assert.That(board.Sequence, Is.EqualTo(latest.Sequence));
            Assert.That(board.Rows.Where(r => r.VisitId == a || r.VisitId == b).Select(r => r.Status), Is.EqualTo(new[] { expected, expected }), "reception shows both desks' last action");
            Assert.That(Shown(tickets.All).Status, Is.EqualTo(expected), "the phone shows its own visit's last action");
        }
    }

    [Test]
    public async Task A_restarted_hub_numbers_its_changes_after_the_ones_it_made_before()
    {
        TicketView before;
        string dataDirectory, kioskKey, staff;
        using (var first = new HubServer())
        {
            (dataDirectory, kioskKey, staff) = (first.DataDirectory, first.KioskKey, first.StaffPasscode);
            await using var kiosk = await first.KioskAsync();
            await kiosk.CheckInAsync(DemoPatients.Rahman);
            before = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        }

        using var after = new HubServer(dataDirectory, kioskKey, staff);
        await using var again = await after.KioskAsync();
        var watched = await again.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), before.Token);
        var next = await again.CheckInAsync(DemoPatients.OBrien);

        Assert.That(before.Sequence, Is.GreaterThan(0));
        Assert.That(watched.Sequence, Is.EqualTo(before.Sequence), "nothing changed while it was down");
        Assert.That(next.Sequence, Is.GreaterThan(before.Sequence), "a phone that saw the last number before the restart takes the next one");
        after.DeleteData();
    }

    /// <summary>What a client shows after hearing these in order: it drops anything older than what it shows.</summary>
    private static T Shown<T>(IReadOnlyList<T> heard)
        where T : class => heard.Aggregate((shown, next) => Sequence(next) >= Sequence(shown) ? next : shown);

    private static long Sequence<T>(T view) => view switch
    {
        ReceptionBoard board => board.Sequence,
        TicketView ticket => ticket.Sequence,
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };
}
