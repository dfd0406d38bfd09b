using System.Security.Cryptography;
using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Offline;

/// <summary>What a kiosk that was offline delivers from its outbox, over a real connection: one visit each, the wait from then, and reception told.</summary>
public sealed class LateCheckInTests : OnAFreshHub
{
    [Test]
    public async Task A_kiosk_gets_todays_bookings_to_find_patients_while_the_hub_is_out_of_reach()
    {
        await using var kiosk = await Server.KioskAsync();

        var copy = await kiosk.InvokeAsync<AppointmentCopy>(nameof(IWaitingRoomHub.AppointmentCopy));

        var rahman = copy.Appointments.Single(a => a.LastName == DemoPatients.Rahman.LastName);
        Assert.That(rahman.DateOfBirth, Is.EqualTo(DemoPatients.Rahman.DateOfBirth));
        Assert.That(rahman.Code, Is.EqualTo(DemoCodes.Rahman));
        Assert.That(copy.PhoneBase, Does.StartWith("http"));
        Assert.That(copy.OpensMinutesBefore, Is.GreaterThan(0));
    }

    [Test]
    public async Task A_told_check_in_arrives_late_waits_from_when_the_kiosk_took_it_and_its_qr_code_opens_the_visit()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var stamp = Told(DateTimeOffset.UtcNow.AddMinutes(-12));

        var ticket = await CheckInAsync(kiosk, Guid.NewGuid(), id, stamp);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var opened = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), stamp.Token);

        var row = board.Rows.Single(r => r.Code == ticket.Code);
        Assert.That(ticket.Token, Is.EqualTo(stamp.Token));
        Assert.That(opened.Code, Is.EqualTo(ticket.Code));
        Assert.That(row.ArrivedAt, Is.EqualTo(stamp.RecordedAt).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(row.ReachedUsAt, Is.GreaterThan(row.ArrivedAt.AddMinutes(11)));
        Assert.That(board.LateCheckIns, Is.Empty, "an ordinary late arrival needs no second look");
    }

    [Test]
    public async Task The_same_outbox_item_delivered_twice_after_a_crash_makes_one_visit()
    {
        await using var kiosk = await Server.KioskAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var key = Guid.NewGuid();
        var stamp = Told(DateTimeOffset.UtcNow.AddMinutes(-3));

        var first = await CheckInAsync(kiosk, key, id, stamp);
        var again = await CheckInAsync(kiosk, key, id, stamp);

        Assert.That(again.Code, Is.EqualTo(first.Code));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(1));
        Assert.That(Server.CountRows("OfflineCheckIns"), Is.EqualTo(1));
    }

    [Test]
    public async Task Checked_in_at_the_desk_and_offline_at_the_kiosk_is_one_visit_and_reception_is_shown_both_times()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var live = await CheckInAsync(kiosk, Guid.NewGuid(), id, stamp: null);
        var stamp = Told(DateTimeOffset.UtcNow.AddMinutes(-5));

        var late = await CheckInAsync(kiosk, Guid.NewGuid(), id, stamp);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(late.Code, Is.EqualTo(live.Code));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(1));
        var shown = board.LateCheckIns.Single();
        Assert.That(shown.Outcome, Is.EqualTo(LateCheckInOutcome.AlreadyHere));
        Assert.That(shown.Code, Is.EqualTo(live.Code));
        Assert.That(shown.PatientName, Does.Contain(DemoPatients.Rahman.LastName));

        var after = await reception.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SeenLateCheckIn), new SeenLateCheckInRequest(shown.Id));
        Assert.That(after.LateCheckIns, Is.Empty);
    }

    [Test]
    public async Task A_booking_cancelled_while_the_kiosk_was_offline_still_puts_the_patient_in_the_room_for_the_desk_to_talk_to()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var copy = await kiosk.InvokeAsync<AppointmentCopy>(nameof(IWaitingRoomHub.AppointmentCopy));
        var gone = copy.Appointments[0] with { Id = Guid.NewGuid() };
        var stamp = Told(DateTimeOffset.UtcNow.AddMinutes(-5)) with { Copy = gone };

        var ticket = await CheckInAsync(kiosk, Guid.NewGuid(), gone.Id, stamp, gone.LastName, gone.DateOfBirth);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var shown = board.LateCheckIns.Single();
        Assert.That(shown.Outcome, Is.EqualTo(LateCheckInOutcome.BookingGone));
        Assert.That(shown.Code, Is.EqualTo(ticket.Code));
        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).ProviderId, Is.EqualTo(gone.ProviderId));
    }

    [Test]
    public async Task A_told_check_in_that_cannot_be_accepted_is_refused_to_the_kiosk_and_shown_to_reception()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);

        var refused = await Assert.ThrowsAsync<RefusedCallException>(() =>
            CheckInAsync(kiosk, Guid.NewGuid(), id, Told(DateTimeOffset.UtcNow.AddMinutes(-5)), birth: new DateOnly(1950, 1, 1)));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(refused!.Refusal.Code, Is.EqualTo(RefusalCodes.DetailsDoNotMatch));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(0));
        Assert.That(board.LateCheckIns.Single().Outcome, Is.EqualTo(LateCheckInOutcome.NotAccepted));
    }

    [Test]
    public async Task A_walk_in_taken_yesterday_evening_and_delivered_this_morning_is_not_added_but_shown_to_reception()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var stamp = Told(DateTimeOffset.UtcNow.AddDays(-1));

        var refused = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, Outbox: stamp)));
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        Assert.That(refused!.Refusal.Code, Is.EqualTo(RefusalCodes.NotToday));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(0));
        var shown = board.LateCheckIns.Single();
        Assert.That(shown.Outcome, Is.EqualTo(LateCheckInOutcome.EarlierDay));
        Assert.That(shown.PatientName, Is.EqualTo("Ana Lopez"));
    }

    [Test]
    public async Task A_stamp_with_a_broken_token_or_clock_is_refused_with_a_reason_and_writes_nothing()
    {
        await using var kiosk = await Server.KioskAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);

        var badToken = await Assert.ThrowsAsync<RefusedCallException>(() =>
            CheckInAsync(kiosk, Guid.NewGuid(), id, Told(DateTimeOffset.UtcNow) with { Token = "../../etc" }));
        var badClock = await Assert.ThrowsAsync<RefusedCallException>(() =>
            CheckInAsync(kiosk, Guid.NewGuid(), id, Told(DateTimeOffset.UtcNow.AddYears(3))));

        Assert.That(badToken!.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
        Assert.That(badClock!.Refusal.Message, Does.Contain("clock"));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(0));
    }

    private static OutboxStamp Told(DateTimeOffset at) =>
        new(at, Convert.ToBase64String(RandomNumberGenerator.GetBytes(20)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), ToldCheckedIn: true);

    private static Task<TicketView> CheckInAsync(HubConnection kiosk, Guid key, Guid appointmentId, OutboxStamp? stamp, string? lastName = null, DateOnly? birth = null) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(
            key, appointmentId, lastName ?? DemoPatients.Rahman.LastName, birth ?? DemoPatients.Rahman.DateOfBirth, Outbox: stamp));
}
