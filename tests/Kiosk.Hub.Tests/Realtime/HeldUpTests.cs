using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// A doctor pulled away between patients: the next patient's phone says so, and the time they
/// were given waits for the doctor instead of running down to a sudden jump.
/// </summary>
public sealed class HeldUpTests : OnTheHubsClock
{
    [Test]
    public async Task While_the_doctor_is_called_away_the_next_patients_phone_says_so_and_their_time_does_not_run_down()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var next = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var id = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == first.Code).VisitId;
        await desk.InvokeAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.InvokeAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        Time.Advance(TimeSpan.FromMinutes(2));
        await desk.InvokeAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));
        var whenDone = (await phone.InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;

        Time.Advance(TimeSpan.FromMinutes(6));
        var awayAWhile = (await phone.InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;
        Time.Advance(TimeSpan.FromMinutes(6));
        var away = (await phone.InvokeAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;

        Assert.That(whenDone.ReasonParts.Select(p => p.Key), Does.Not.Contain("away"), "a moment between patients is nothing to explain");
        Assert.That(away.ReasonParts.Single(p => p.Key == "away").Values, Does.ContainKey("provider").And.ContainValue("12"));
        Assert.That(away.Reason, Does.Contain("Dr Lee has not called the next patient for 12 min"));
        Assert.That((away.LowMinutes, away.LikelyMinutes, away.HighMinutes), Is.EqualTo((awayAWhile.LowMinutes, awayAWhile.LikelyMinutes, awayAWhile.HighMinutes)),
            "six more minutes with the doctor away did not count down the time given");
    }
}
