using Kiosk.Hub.CheckIn;
using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>A kiosk cannot be used to work through birth dates and learn who has an appointment today.</summary>
public sealed class NameLookupTriesTests : OnTheHubsClock
{
    [Test]
    public async Task Ten_names_matching_nobody_in_ten_minutes_stop_that_kiosk_looking_up_names_until_ten_minutes_pass()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var otherKiosk = await Server.ConnectAsync(await Server.Enrolled("lobby-2"));
        for (var i = 0; i < NameTries.MaxWrong - 1; i++)
        {
            Assert.That((await FindAsync(kiosk, Guess(i))).Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Time.Advance(TimeSpan.FromSeconds(30));
        }

        var stillFound = await FindAsync(kiosk, DemoPatients.Adeyemi);
        await FindAsync(kiosk, Guess(NameTries.MaxWrong));
        var locked = await FindAsync(kiosk, DemoPatients.Rahman);
        var byCode = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(DemoCodes.Rahman));
        var elsewhere = await FindAsync(otherKiosk, DemoPatients.Rahman);
        Time.Advance(NameTries.Window - TimeSpan.FromSeconds(30 * (NameTries.MaxWrong - 1)));
        var later = await FindAsync(kiosk, DemoPatients.Rahman);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stillFound.Outcome, Is.EqualTo(LookupOutcome.Found), "nine mistakes still let the next patient find their appointment");
            Assert.That(locked, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TooManyTries, null, null)), "nothing about the appointment while locked");
            Assert.That(byCode.Outcome, Is.EqualTo(LookupOutcome.Found), "a confirmation code still works: codes have their own count");
            Assert.That(elsewhere.Outcome, Is.EqualTo(LookupOutcome.Found), "another kiosk is not held up");
            Assert.That(later.Outcome, Is.EqualTo(LookupOutcome.Found), "the oldest name that matched nobody is ten minutes old");
        }
    }

    [Test]
    public async Task The_first_letters_find_a_patient_and_only_letters_matching_nobody_count_against_the_kiosk()
    {
        await using var kiosk = await Server.KioskAsync();
        var born = DemoPatients.Rahman.DateOfBirth;

        var found = await FindAsync(kiosk, new AppointmentLookup("Ra", born, FirstLettersOnly: true));
        var twins = await FindAsync(kiosk, DemoPatients.Smith with { LastName = "Sm", FirstLettersOnly = true });
        for (var i = 0; i < NameTries.MaxWrong; i++)
        {
            var stranger = await FindAsync(kiosk, new AppointmentLookup("R", born.AddDays(i), FirstLettersOnly: true));
            Assert.That(stranger, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.OneMoreLetter, null, null)), "one letter is never looked up");
        }

        var stillFound = await FindAsync(kiosk, new AppointmentLookup("Rah", born, FirstLettersOnly: true));
        for (var i = 0; i < NameTries.MaxWrong; i++)
        {
            Assert.That((await FindAsync(kiosk, new AppointmentLookup("Zq", born.AddDays(i), FirstLettersOnly: true))).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        }

        var locked = await FindAsync(kiosk, new AppointmentLookup("Ra", born, FirstLettersOnly: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Appointment?.FirstName, Is.EqualTo("Aisha"));
            Assert.That(twins, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.SeeReception, null, null)), "more letters cannot tell the Smiths apart");
            Assert.That(stillFound.Outcome, Is.EqualTo(LookupOutcome.Found), "being asked for another letter is not a wrong try");
            Assert.That(locked.Outcome, Is.EqualTo(LookupOutcome.TooManyTries), "letters matching nobody count as names do");
            Assert.That(AppointmentLookup.MinFirstLetters, Is.EqualTo(Kiosk.WaitingRoom.CheckIn.SurnameStart.MinLetters), "the wire carries the domain's rule");
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

    /// <summary>Rahman's name with a birth date that is not hers.</summary>
    private static AppointmentLookup Guess(int i) => DemoPatients.Rahman with { DateOfBirth = DemoPatients.Rahman.DateOfBirth.AddDays(i + 1) };

    private static Task<AppointmentLookupResult> FindAsync(HubConnection kiosk, AppointmentLookup lookup) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), lookup);
}
