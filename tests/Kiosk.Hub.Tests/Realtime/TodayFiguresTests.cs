using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>The strip at the top of the board: how today is going, live with the board.</summary>
public sealed class TodayFiguresTests
{
    private FakeTimeProvider _time = null!;
    private HubServer _server = null!;

    [SetUp]
    public void StartHub()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _server = new HubServer(time: _time);
    }

    [TearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public async Task Checked_in_median_wait_and_estimate_honesty_reach_every_desk_as_patients_are_called()
    {
        await using var kiosk = await _server.KioskAsync();
        await using var desk = await _server.ReceptionAsync();
        await using var otherDesk = await _server.ReceptionAsync();
        var empty = (await otherDesk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Today!;
        var boards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.CheckInAsync(DemoPatients.Chen);
        var ids = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.ToDictionary(r => r.Code, r => r.VisitId);

        _time.Advance(TimeSpan.FromMinutes(7));
        await desk.InvokeAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(ids[first.Code], "Room 2"));

        var today = (await boards.NextAsync(b => b.Today is { Called: 1 })).Today!;
        Assert.That(empty, Is.EqualTo(new TodayFigures(0, 0, null, null)), "nothing to say before anyone arrives");
        Assert.That((today.CheckedIn, today.Called), Is.EqualTo((2, 1)));
        Assert.That(today.MedianWaitMinutes, Is.EqualTo(7).Within(0.01));
        Assert.That(today.Accuracy!.MeanAbsoluteErrorMinutes, Is.EqualTo(Math.Abs(first.Estimate!.LikelyMinutes - 7)).Within(0.01));
        Assert.That(today.Accuracy.WithinRange, Is.EqualTo(first.Estimate.LowMinutes <= 7 && 7 <= first.Estimate.HighMinutes ? 1 : 0));
    }
}
