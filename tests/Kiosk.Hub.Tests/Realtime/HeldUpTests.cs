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
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        Time.Advance(TimeSpan.FromMinutes(2));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));
        var whenDone = (await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;

        Time.Advance(TimeSpan.FromMinutes(6));
        var awayAWhile = (await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;
        Time.Advance(TimeSpan.FromMinutes(6));
        var away = (await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), next.Token)).Estimate!;

        Assert.That(whenDone.ReasonParts.Select(p => p.Key), Does.Not.Contain("away"), "a moment between patients is nothing to explain");
        Assert.That(away.ReasonParts.Single(p => p.Key == "away").Values, Does.ContainKey("provider").And.ContainValue("12"));
        Assert.That(away.Reason, Does.Contain("Dr Lee has not called the next patient for 12 min"));
        Assert.That((away.LowMinutes, away.LikelyMinutes, away.HighMinutes), Is.EqualTo((awayAWhile.LowMinutes, awayAWhile.LikelyMinutes, awayAWhile.HighMinutes)),
            "six more minutes with the doctor away did not count down the time given");
    }

    [Test]
    public async Task Reception_sees_the_doctor_held_up_once_three_minutes_pass_with_nobody_called_and_for_how_long_until_the_next_call()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var next = await kiosk.CheckInAsync(DemoPatients.OBrien);
        await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var id = board.Rows.Single(r => r.Code == first.Code).VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        Time.Advance(TimeSpan.FromMinutes(2));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));
        var doneAt = Time.GetUtcNow();

        // Whole minutes: the hub reuses a board read within the same minute.
        Time.Advance(TimeSpan.FromMinutes(2));
        var two = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Time.Advance(TimeSpan.FromMinutes(1));
        var three = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Time.Advance(TimeSpan.FromMinutes(9));
        var twelve = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var nextId = twelve.Rows.Single(r => r.Code == next.Code).VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(nextId, "Room 2"));
        var called = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(two.HeldUp, Is.Empty, "a provider fetching the next patient is not news");
            Assert.That(three.HeldUp?.Select(h => $"{h.ProviderId} for {h.MinutesAt(three.AsOf)} min"), Is.EqualTo(new[] { "lee for 3 min" }));
            var lee = twelve.HeldUp?.Single();
            Assert.That(lee, Is.EqualTo(new ProviderHeldUp("lee", "Dr Lee", HoldUpKind.BetweenPatients, doneAt, lee?.LikelyBackAt, Waiting: 2)));
            Assert.That(lee?.MinutesAt(twelve.AsOf), Is.EqualTo(12));
            Assert.That(lee?.LikelyBackAt, Is.GreaterThan(twelve.AsOf), "when the forecast thinks they are back");
            Assert.That(called.HeldUp, Is.Empty, "calling the next patient ends it");
        }
    }

    [Test]
    public async Task Reception_sees_a_visit_running_long_with_how_long_the_patient_has_been_in()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.CheckInAsync(DemoPatients.OBrien);
        var id = (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == first.Code).VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        var inRoomAt = Time.GetUtcNow();

        Time.Advance(TimeSpan.FromMinutes(10));
        var usual = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Time.Advance(TimeSpan.FromMinutes(65));
        var runningLong = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(usual.HeldUp, Is.Empty, "ten minutes into a 30-minute new-patient visit");
            var lee = runningLong.HeldUp?.Single();
            Assert.That(lee, Is.EqualTo(new ProviderHeldUp("lee", "Dr Lee", HoldUpKind.LongVisit, lee?.Since ?? default, lee?.LikelyBackAt, Waiting: 1, InRoomSince: inRoomAt)));
            Assert.That(lee?.VisitMinutesAt(runningLong.AsOf), Is.EqualTo(75));
        }
    }
}
