using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>A kiosk, reception, two phones and the TV, each a real SignalR client over real sockets.</summary>
public sealed class WaitingRoomFlowTests : OnAFreshHub
{
    [Test]
    public async Task A_kiosk_check_in_reaches_reception_and_the_patients_phone_only()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
        var phoneTickets = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        var kioskBoards = new Inbox<ReceptionBoard>(kiosk, nameof(IWaitingRoomClient.BoardChanged));
        var initial = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        Assert.That(initial.Rows, Is.Empty);

        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var watched = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), first.Token);
        var board = await boards.NextAsync(b => b.Rows.Any(r => r.Code == first.Code));
        var second = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        await boards.NextAsync(b => b.Rows.Any(r => r.Code == second.Code));

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo("A001"));
            Assert.That(first.PlaceInLine, Is.EqualTo(1));
            Assert.That(first.PhoneUrl, Does.EndWith($"/t/{first.Token}"));
            Assert.That(watched, Is.EqualTo(first));
            Assert.That(board.Rows.Single(r => r.Code == first.Code).PatientName, Is.EqualTo("Aisha Rahman"));
            Assert.That(second.PlaceInLine, Is.EqualTo(2));
            Assert.That(phoneTickets.All.Select(t => t.Token), Has.All.EqualTo(first.Token), "a phone hears about its own visit only");
            Assert.That(kioskBoards.All, Is.Empty, "a kiosk never receives the board with names");
        });
    }

    [Test]
    public async Task Calling_the_first_patient_tells_their_phone_the_room_moves_the_next_one_up_and_shows_the_code_on_the_tv()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        await using var firstPhone = await Server.AnonymousAsync();
        await using var secondPhone = await Server.AnonymousAsync();
        await using var tv = await Server.AnonymousAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var second = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var firstUpdates = new Inbox<TicketView>(firstPhone, nameof(IWaitingRoomClient.TicketUpdated));
        var secondUpdates = new Inbox<TicketView>(secondPhone, nameof(IWaitingRoomClient.TicketUpdated));
        var calls = new Inbox<CalledTicket>(tv, nameof(IWaitingRoomClient.TicketCalled));
        var kioskUpdates = new Inbox<TicketView>(kiosk, nameof(IWaitingRoomClient.TicketUpdated));
        await firstPhone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), first.Token);
        await secondPhone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), second.Token);
        await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), second.Token);
        await tv.InvokeAsync<IReadOnlyList<CalledTicket>>(nameof(IWaitingRoomHub.WatchDisplay));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var called = await reception.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit),
            new CallVisitRequest(board.Rows.Single(r => r.Code == first.Code).VisitId, "Room 2"));

        var firstNow = await firstUpdates.NextAsync(t => t.Status == VisitStatus.Called);
        var secondNow = await secondUpdates.NextAsync(t => t.PlaceInLine == 1);
        var kioskNow = await kioskUpdates.NextAsync(t => t.Token == second.Token && t.PlaceInLine == 1);
        var onTv = await calls.NextAsync();
        Assert.Multiple(() =>
        {
            Assert.That(called.Status, Is.EqualTo(VisitStatus.Called));
            Assert.That(firstNow.Room, Is.EqualTo("Room 2"));
            Assert.That(firstNow.Estimate, Is.Null, "a called patient has no wait left");
            Assert.That(second.PlaceInLine, Is.EqualTo(2));
            Assert.That(secondNow.Estimate, Is.Not.Null, "the patient now next still has an honest range");
            Assert.That(kioskNow.Estimate, Is.EqualTo(secondNow.Estimate), "kiosk and phone show the same estimate");
            Assert.That(onTv, Is.EqualTo(new CalledTicket(first.Code, "Room 2", onTv.CalledAt)));
            Assert.That(secondUpdates.All.Select(t => t.Token), Has.All.EqualTo(second.Token));
        });
    }

    [Test]
    public async Task Reception_sees_how_honest_todays_estimates_were_once_patients_are_called()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var before = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        await reception.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(before.Rows.Single(r => r.Code == first.Code).VisitId, "Room 2"));
        var after = await boards.NextAsync(b => b.Accuracy is not null);

        Assert.That(before.Accuracy, Is.Null, "nobody called yet, nothing to judge");
        Assert.That(after.Accuracy!.Called, Is.EqualTo(1));
        Assert.That(after.Accuracy.MeanAbsoluteErrorMinutes, Is.EqualTo(Math.Abs(first.Estimate!.LikelyMinutes - 0)).Within(1.0));
        Assert.That(ShownEstimates(), Is.GreaterThanOrEqualTo(2), "the estimates pushed to patients are kept (one that only counts down a window already kept is that promise)");
    }

    [Test]
    public async Task Check_in_twice_with_the_same_key_returns_the_first_ticket_and_makes_one_visit()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var key = Guid.NewGuid();
        var appointment = await kiosk.FindAppointmentIdAsync(DemoPatients.Chen);

        var first = await kiosk.CheckInAsync(DemoPatients.Chen, appointment, key);
        var again = await kiosk.CheckInAsync(DemoPatients.Chen, appointment, key);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(again, Is.EqualTo(first));
        Assert.That(board.Rows.Count(r => r.PatientName == "Wei Chen"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_second_check_in_for_the_same_appointment_with_a_new_key_returns_the_existing_ticket()
    {
        await using var kiosk = await Server.KioskAsync();
        var appointment = await kiosk.FindAppointmentIdAsync(DemoPatients.Adeyemi);

        var first = await kiosk.CheckInAsync(DemoPatients.Adeyemi, appointment, Guid.NewGuid());
        var second = await kiosk.CheckInAsync(DemoPatients.Adeyemi, appointment, Guid.NewGuid());

        Assert.That(second.Code, Is.EqualTo(first.Code));
    }

    [Test]
    public async Task A_patient_who_already_checked_in_is_shown_their_ticket_again_not_a_second_one()
    {
        await using var kiosk = await Server.KioskAsync();
        var first = await kiosk.CheckInAsync(DemoPatients.OBrien);

        var lookup = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.OBrien with { LastName = "obrien" });

        Assert.That(lookup.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn));
        Assert.That(lookup.ExistingTicket!.Code, Is.EqualTo(first.Code));
    }

    [Test]
    public async Task Two_patients_with_the_same_name_and_birthday_are_sent_to_the_desk_and_nothing_about_either_is_revealed()
    {
        await using var kiosk = await Server.KioskAsync();

        var lookup = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Smith);

        Assert.That(lookup, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.SeeReception, null, null)));
    }

    [Test]
    public async Task Someone_not_booked_today_is_not_found()
    {
        await using var kiosk = await Server.KioskAsync();

        var lookup = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("Nobody", new DateOnly(1970, 1, 1)));

        Assert.That(lookup, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.NotFound, null, null)));
    }

    private long ShownEstimates() => Server.CountRows("ShownEstimates");
}
