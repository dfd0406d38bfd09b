using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Kiosk.WaitingRoom.CheckIn;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// A kiosk cannot be used to work through birth dates and learn who has an appointment today, and a
/// confused patient's mistakes slow only their own session, never the patient behind them.
/// </summary>
public sealed class NameLookupTriesTests : OnTheHubsClock
{
    [Test]
    public async Task Six_names_matching_nobody_make_that_session_wait_five_seconds_while_the_next_patients_right_name_is_found_at_once()
    {
        await using var kiosk = await Server.KioskAsync();
        var confused = Guid.NewGuid();
        await MissesAsync(kiosk, confused, NameGuard.FreeMissesPerSession);

        var held = await FindAsync(kiosk, DemoPatients.Rahman, confused);
        var nextPatient = await FindAsync(kiosk, DemoPatients.Rahman, Guid.NewGuid());
        var byCode = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(DemoCodes.Adeyemi, confused));
        Time.Advance(TimeSpan.FromSeconds(5));
        var afterTheWait = await FindAsync(kiosk, DemoPatients.Rahman, confused);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 5)), "nothing about the appointment while waiting");
            Assert.That(nextPatient.Outcome, Is.EqualTo(LookupOutcome.Found), "a new session is not held up by the last one");
            Assert.That(byCode.Outcome, Is.EqualTo(LookupOutcome.Found), "codes have their own count");
            Assert.That(afterTheWait.Outcome, Is.EqualTo(LookupOutcome.Found));
        }
    }

    [Test]
    public async Task Over_twenty_names_matching_nobody_in_an_hour_hold_a_new_session_up_thirty_seconds_at_most_never_lock_it_out()
    {
        await using var kiosk = await Server.KioskAsync();
        for (var i = 0; i < 7; i++)
        {
            await MissesAsync(kiosk, Guid.NewGuid(), 3, from: 3 * i);
        }

        var held = await FindAsync(kiosk, DemoPatients.Rahman, Guid.NewGuid());
        Time.Advance(NameGuard.KioskWait);
        var later = await FindAsync(kiosk, DemoPatients.Rahman, Guid.NewGuid());

        Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 30)));
        Assert.That(later.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task The_first_letters_find_a_patient_and_only_letters_matching_nobody_count_against_the_session()
    {
        await using var kiosk = await Server.KioskAsync();
        var session = Guid.NewGuid();
        var born = DemoPatients.Rahman.DateOfBirth;

        var found = await FindAsync(kiosk, new AppointmentLookup("Ra", born, FirstLettersOnly: true), session);
        var twins = await FindAsync(kiosk, DemoPatients.Smith with { LastName = "Sm", FirstLettersOnly = true }, session);
        for (var i = 0; i < NameGuard.FreeMissesPerSession + 2; i++)
        {
            var stranger = await FindAsync(kiosk, new AppointmentLookup("R", born.AddDays(i), FirstLettersOnly: true), session);
            Assert.That(stranger, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.OneMoreLetter, null, null)), "one letter is never looked up");
        }

        var stillFound = await FindAsync(kiosk, new AppointmentLookup("Rah", born, FirstLettersOnly: true), session);
        for (var i = 0; i < NameGuard.FreeMissesPerSession; i++)
        {
            Assert.That((await FindAsync(kiosk, new AppointmentLookup("Zq", born.AddDays(i), FirstLettersOnly: true), session)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        }

        var held = await FindAsync(kiosk, new AppointmentLookup("Ra", born, FirstLettersOnly: true), session);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Appointment?.FirstName, Is.EqualTo("Aisha"));
            Assert.That(twins, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.SeeReception, null, null)), "more letters cannot tell the Smiths apart");
            Assert.That(stillFound.Outcome, Is.EqualTo(LookupOutcome.Found), "being asked for another letter is not a miss");
            Assert.That(held.Outcome, Is.EqualTo(LookupOutcome.TryAgainSoon), "letters matching nobody count as names do");
            Assert.That(AppointmentLookup.MinFirstLetters, Is.EqualTo(SurnameStart.MinLetters), "the wire carries the domain's rule");
        }
    }

    [Test]
    public async Task A_patient_found_by_the_first_letters_checks_in_with_them()
    {
        await using var kiosk = await Server.KioskAsync();
        var letters = DemoPatients.Adeyemi with { LastName = "Ad", FirstLettersOnly = true };

        var ticket = await kiosk.CheckInAsync(letters);

        Assert.That(ticket.Status, Is.EqualTo(VisitStatus.Waiting));
    }

    /// <summary>Rahman's name with birth dates that are not hers.</summary>
    internal static async Task MissesAsync(HubConnection kiosk, Guid session, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            var guess = DemoPatients.Rahman with { DateOfBirth = DemoPatients.Rahman.DateOfBirth.AddDays(i + 1) };
            Assert.That((await FindAsync(kiosk, guess, session)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        }
    }

    internal static Task<AppointmentLookupResult> FindAsync(HubConnection kiosk, AppointmentLookup lookup, Guid session) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), lookup with { Session = session });
}
