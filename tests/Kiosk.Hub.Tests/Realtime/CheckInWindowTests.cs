using Kiosk.Contracts;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// The clinic's check-in window (the demo clinic: 60 minutes before to 30 after), decided by the
/// hub: a kiosk that skipped the lookup still cannot check anyone in outside it.
/// </summary>
public sealed class CheckInWindowTests : OnTheHubsClock
{
    [Test]
    public async Task Too_early_says_when_the_appointment_is_and_when_check_in_opens_and_nothing_else()
    {
        await using var kiosk = await Server.KioskAsync();

        var byName = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoCodes.HaddadByName);
        var byCode = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(DemoCodes.Haddad));

        var startsAt = await LocalStartAsync("Haddad");
        Assert.That(byName, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TooEarly, null, null, new CheckInTimes(startsAt, startsAt.AddMinutes(-60)))));
        Assert.That(byCode, Is.EqualTo(byName));
    }

    [Test]
    public async Task A_kiosk_cannot_check_in_too_early_even_with_the_appointment_id()
    {
        await using var kiosk = await Server.KioskAsync();
        await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoCodes.HaddadByName);
        var id = (await AppointmentAsync("Haddad")).Id;

        var error = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.CheckInAsync(DemoCodes.HaddadByName, id, Guid.NewGuid()));
        var byCode = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(Guid.NewGuid(), DemoCodes.Haddad)));

        Assert.That(error!.Message, Does.Contain("too early"));
        Assert.That(byCode!.Message, Does.Contain("too early"));
        Assert.That((error.Refusal.Code, byCode.Refusal.Code), Is.EqualTo((RefusalCodes.TooEarly, RefusalCodes.TooEarly)));
    }

    [Test]
    public async Task Check_in_opens_an_hour_before()
    {
        await using var kiosk = await Server.KioskAsync();
        await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Rahman);
        var opens = (await AppointmentAsync("Haddad")).StartsAt.AddMinutes(-60);

        Time.Advance(opens - Time.GetUtcNow());
        var found = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoCodes.HaddadByName);

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task Too_late_sends_the_patient_to_the_desk_and_refuses_the_check_in()
    {
        await using var kiosk = await Server.KioskAsync();
        var id = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);

        Time.Advance((await AppointmentAsync("Rahman")).StartsAt.AddMinutes(30) - Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        var found = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Rahman);
        var error = await Assert.ThrowsAsync<RefusedCallException>(() => kiosk.CheckInAsync(DemoPatients.Rahman, id, Guid.NewGuid()));

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.TooLate));
        Assert.That(found.Appointment, Is.Null);
        Assert.That(found.Times!.AppointmentAt, Is.EqualTo(await LocalStartAsync("Rahman")));
        Assert.That(error!.Message, Does.Contain("front desk"));
        Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.TooLate));
    }

    [Test]
    public async Task Someone_already_checked_in_still_gets_their_ticket_after_the_window_closes()
    {
        await using var kiosk = await Server.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);

        Time.Advance(TimeSpan.FromMinutes(45));
        var found = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(DemoCodes.Rahman));

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.AlreadyCheckedIn));
        Assert.That(found.ExistingTicket!.Code, Is.EqualTo(ticket.Code));
    }

    [Test]
    public async Task A_walk_in_is_never_too_early_or_late()
    {
        await using var kiosk = await Server.KioskAsync();

        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Vidal", new DateOnly(1961, 4, 3), WalkInReasons.Unwell));

        Assert.That(ticket.Status, Is.EqualTo(VisitStatus.Waiting));
    }

    /// <summary>The demo appointment as the hub seeded it (around the fake clock's start), read from its database.</summary>
    private async Task<Appointment> AppointmentAsync(string lastName)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<Kiosk.Hub.Room.WaitingRoomStore>();
        var room = await store.LoadDayAsync(Clinic.Today(Time));
        return room.Appointments.Single(a => a.Patient.LastName == lastName);
    }

    private ClinicProfile Clinic => Server.Services.GetRequiredService<ClinicProfile>();

    private async Task<TimeOnly> LocalStartAsync(string lastName) =>
        TimeOnly.FromDateTime(Clinic.LocalTime((await AppointmentAsync(lastName)).StartsAt).DateTime);
}
