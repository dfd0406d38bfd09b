using Kiosk.Hub.CheckIn;
using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>The code on a reminder letter finds and checks in its appointment; guessing codes gets a kiosk nowhere.</summary>
public sealed class ConfirmationCodeTests : OnTheHubsClock
{
    [TestCase(DemoCodes.Rahman)]
    [TestCase("ar9k2m")]
    [TestCase(" ar9-k2m ")]
    public async Task A_code_in_any_case_finds_the_appointment_showing_only_the_first_name(string typed)
    {
        await using var kiosk = await Server.KioskAsync();

        var found = await FindAsync(kiosk, typed);

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(found.Appointment!.FirstName, Is.EqualTo("Aisha"));
        Assert.That(found.Appointment.ProviderName, Is.EqualTo("Dr Lee"));
    }

    [Test]
    public async Task Checking_in_by_code_gives_a_ticket_and_the_same_key_twice_gives_the_same_ticket()
    {
        await using var kiosk = await Server.KioskAsync();
        var key = Guid.NewGuid();

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(key, "ga4q7x"));
        var again = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(key, DemoCodes.Adeyemi));
        var byName = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Adeyemi);

        Assert.That(again, Is.EqualTo(ticket));
        Assert.That(byName.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn));
        Assert.That(byName.ExistingTicket!.Code, Is.EqualTo(ticket.Code));
    }

    [TestCase("")]
    [TestCase("AR9K2")]
    [TestCase("AR9K2O")]
    [TestCase("AR9K2M7")]
    public async Task A_code_that_cannot_be_one_is_refused_with_a_reason(string typed)
    {
        await using var kiosk = await Server.KioskAsync();

        var error = await Assert.ThrowsAsync<RefusedCallException>(() => FindAsync(kiosk, typed));

        Assert.That(error!.Message, Does.Contain("6 letters and numbers"));
        Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.InvalidInput));
    }

    [Test]
    public async Task A_wrong_code_is_not_found()
    {
        await using var kiosk = await Server.KioskAsync();

        var found = await FindAsync(kiosk, "ZZZZZZ");

        Assert.That(found, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.NotFound, null, null)));
    }

    [Test]
    public async Task Five_wrong_codes_in_five_minutes_stop_that_kiosk_even_for_a_right_code_until_five_minutes_pass()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var otherKiosk = await Server.ConnectAsync(await Server.Enrolled("lobby-2"));
        for (var i = 0; i < CodeTries.MaxWrong; i++)
        {
            Assert.That((await FindAsync(kiosk, $"ZZZZZ{i + 2}")).Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Time.Advance(TimeSpan.FromSeconds(30));
        }

        var locked = await FindAsync(kiosk, DemoCodes.Rahman);
        var checkIn = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(Guid.NewGuid(), DemoCodes.Rahman)));
        var elsewhere = await FindAsync(otherKiosk, DemoCodes.Rahman);
        Time.Advance(CodeTries.Window - TimeSpan.FromSeconds(30 * (CodeTries.MaxWrong - 1)));
        var later = await FindAsync(kiosk, DemoCodes.Rahman);

        Assert.That(locked, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TooManyTries, null, null)), "nothing about the appointment while locked");
        Assert.That(checkIn!.Message, Does.Contain("front desk"));
        Assert.That(checkIn!.Refusal.Code, Is.EqualTo(RefusalCodes.AppointmentNotFound));
        Assert.That(elsewhere.Outcome, Is.EqualTo(LookupOutcome.Found), "another kiosk is not held up");
        Assert.That(later.Outcome, Is.EqualTo(LookupOutcome.Found), "the oldest wrong code is five minutes old");
    }

    [Test]
    public async Task Wrong_codes_sent_straight_to_check_in_count_as_tries_too()
    {
        await using var kiosk = await Server.KioskAsync();
        for (var i = 0; i < CodeTries.MaxWrong; i++)
        {
            var error = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(Guid.NewGuid(), $"ZZZZZ{i + 2}")));
            Assert.That(error!.Message, Does.Contain("could not find"));
            Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.AppointmentNotFound));
        }

        Assert.That((await FindAsync(kiosk, DemoCodes.Rahman)).Outcome, Is.EqualTo(LookupOutcome.TooManyTries));
    }

    private static Task<AppointmentLookupResult> FindAsync(HubConnection kiosk, string code) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(code));
}
