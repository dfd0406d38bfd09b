using System.Text;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.Offline;

/// <summary>The kiosk's copy of today's appointments: sealed on disk, gone when the clinic's day is, and searched by the hub's rules.</summary>
public sealed class AppointmentCopyTests
{
    [Test]
    public void The_copy_survives_a_restart_sealed_so_the_file_does_not_hold_any_name()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia, OfflineKit.Later));

        kit.Crash();

        Assert.That(kit.Copies.Current()!.Appointments.Select(a => a.LastName), Is.EqualTo(new[] { "García", "Zyxwvutsrq" }));
        var raw = File.ReadAllBytes(Path.Combine(kit.Folder, AppointmentCopyStore.FileName));
        Assert.That(Encoding.UTF8.GetString(raw), Does.Not.Contain("Zyxwvutsrq"));
    }

    [Test]
    public void The_copy_is_deleted_when_the_clinics_day_is_over_on_the_kiosks_clock()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        var file = Path.Combine(kit.Folder, AppointmentCopyStore.FileName);

        // 23:59 in Chicago: still the copy's day.
        kit.Time.Advance(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(59));
        Assert.That(kit.Copies.ForgetIfOver(), Is.False);
        Assert.That(kit.Copies.Current(), Is.Not.Null);

        kit.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(kit.Copies.ForgetIfOver(), Is.True);
        Assert.That(kit.Copies.Current(), Is.Null);
        Assert.That(File.Exists(file), Is.False);
        Assert.That(kit.Appointments.Find(new AppointmentLookup("García", OfflineKit.Garcia.DateOfBirth)), Is.Null, "no copy: nothing can be looked up");
    }

    [Test]
    public void Yesterdays_copy_found_on_disk_at_start_is_not_used()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        kit.Time.Advance(TimeSpan.FromDays(1));

        kit.Crash();

        Assert.That(kit.Copies.Current(), Is.Null);
        Assert.That(kit.Appointments.HasCopy, Is.False);
    }

    [Test]
    public void A_booked_patient_is_found_by_name_and_birth_date_whatever_the_accents_and_case()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia, OfflineKit.Garner));

        var found = kit.Appointments.Find(new AppointmentLookup("garcia", OfflineKit.Garcia.DateOfBirth))!;

        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(found.Appointment, Is.EqualTo(new AppointmentSummary(OfflineKit.Garcia.Id, "Lucía", "Dr Lee", "Check-up", new TimeOnly(9, 30))));
    }

    [Test]
    public void First_letters_shared_by_two_names_ask_for_one_more_letter_and_then_find_one()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia, OfflineKit.Garner));
        var birth = OfflineKit.Garcia.DateOfBirth;

        Assert.Multiple(() =>
        {
            Assert.That(kit.Appointments.Find(new AppointmentLookup("GA", birth, FirstLettersOnly: true))!.Outcome, Is.EqualTo(LookupOutcome.OneMoreLetter));
            Assert.That(kit.Appointments.Find(new AppointmentLookup("GAR", birth, FirstLettersOnly: true))!.Outcome, Is.EqualTo(LookupOutcome.OneMoreLetter));
            Assert.That(kit.Appointments.Find(new AppointmentLookup("GARN", birth, FirstLettersOnly: true))!.Appointment!.FirstName, Is.EqualTo("Tom"));
        });
    }

    [Test]
    public void Someone_already_arrived_or_two_people_of_the_same_name_are_sent_to_the_desk()
    {
        using var kit = new OfflineKit();
        var twin = OfflineKit.Garcia with { Id = Guid.NewGuid(), FirstName = "Eva" };
        var arrived = OfflineKit.Garner with { CheckedIn = true };
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia, twin, arrived));

        Assert.That(kit.Appointments.Find(new AppointmentLookup("García", OfflineKit.Garcia.DateOfBirth))!.Outcome, Is.EqualTo(LookupOutcome.SeeReception));
        Assert.That(kit.Appointments.FindByCode(new CodeLookup("p3r8-wd"))!.Outcome, Is.EqualTo(LookupOutcome.SeeReception));
    }

    [Test]
    public void A_confirmation_code_finds_its_appointment_and_one_checked_in_here_offline_goes_to_the_desk_next_time()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));

        Assert.That(kit.Appointments.FindByCode(new CodeLookup("k7m 2qx"))!.Appointment!.AppointmentId, Is.EqualTo(OfflineKit.Garcia.Id));
        kit.Appointments.CheckedInHere(OfflineKit.Garcia.Id);
        Assert.That(kit.Appointments.FindByCode(new CodeLookup("K7M2QX"))!.Outcome, Is.EqualTo(LookupOutcome.SeeReception));
    }

    [Test]
    public void Too_early_is_judged_with_the_copys_window_and_says_when_check_in_opens_in_clinic_time()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Later));

        var early = kit.Appointments.Find(new AppointmentLookup("Zyxwvutsrq", OfflineKit.Later.DateOfBirth))!;

        Assert.That(early.Outcome, Is.EqualTo(LookupOutcome.TooEarly));
        Assert.That(early.Times, Is.EqualTo(new CheckInTimes(new TimeOnly(13, 0), new TimeOnly(12, 0))));
        kit.Time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(16));
        Assert.That(kit.Appointments.Find(new AppointmentLookup("Zyxwvutsrq", OfflineKit.Later.DateOfBirth))!.Outcome, Is.EqualTo(LookupOutcome.TooLate));
    }

    [Test]
    public void Wrong_tries_offline_make_the_session_wait_as_at_the_hub_but_not_the_next_patient()
    {
        using var kit = new OfflineKit();
        kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        var session = Guid.NewGuid();
        AppointmentLookupResult Try(Guid s) => kit.Appointments.FindByCode(new CodeLookup("ZZZZZZ", s))!;

        var outcomes = Enumerable.Range(0, 8).Select(_ => Try(session).Outcome).ToList();

        Assert.That(outcomes, Does.Contain(LookupOutcome.TryAgainSoon));
        Assert.That(Try(session).WaitSeconds, Is.GreaterThan(0));
        Assert.That(Try(Guid.NewGuid()).Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }
}
