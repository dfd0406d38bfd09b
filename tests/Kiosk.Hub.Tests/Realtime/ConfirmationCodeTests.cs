using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>The code on a reminder letter finds and checks in its appointment; guessing is in CodeGuessingTests.</summary>
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

    private static Task<AppointmentLookupResult> FindAsync(HubConnection kiosk, string code) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(code));
}
