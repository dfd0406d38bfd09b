using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>The strip at the top of the board: how today is going, live with the board.</summary>
public sealed class TodayFiguresTests : OnTheHubsClock
{
    [Test]
    public async Task Checked_in_median_wait_and_estimate_honesty_reach_every_desk_as_patients_are_called()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.ReceptionAsync();
        var empty = (await otherDesk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Today!;
        var boards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.CheckInAsync(DemoPatients.Chen);
        var ids = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.ToDictionary(r => r.Code, r => r.VisitId);

        Time.Advance(TimeSpan.FromMinutes(7));
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(ids[first.Code], "Room 2"));

        var today = (await boards.NextAsync(b => b.Today is { Called: 1 })).Today!;
        Assert.That(empty, Is.EqualTo(new TodayFigures(0, 0, null, null, new RatingsToday(0, 0, 0))), "nothing to say before anyone arrives, and nobody has answered how it went");
        Assert.That((today.CheckedIn, today.Called), Is.EqualTo((2, 1)));
        Assert.That(today.MedianWaitMinutes, Is.EqualTo(7).Within(0.01));
        Assert.That(today.Accuracy!.MeanAbsoluteErrorMinutes, Is.EqualTo(Math.Abs(first.Estimate!.LikelyMinutes - 7)).Within(0.01));
        Assert.That(today.Accuracy.WithinRange, Is.EqualTo(first.Estimate.LowMinutes <= 7 && 7 <= first.Estimate.HighMinutes ? 1 : 0));
    }
}
