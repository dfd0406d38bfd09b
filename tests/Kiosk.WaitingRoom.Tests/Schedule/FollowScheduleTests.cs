using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Schedule;

public class FollowScheduleTests
{
    private static readonly DateTimeOffset Now = At(8, 30);

    private static SourceAppointment Source(string id, string lastName = "Nowak", int hour = 9, int minute = 0, SourceStatus status = SourceStatus.Booked,
        string provider = Adams, DateTimeOffset? since = null, DateOnly? day = null) =>
        new($"Appointment/{id}", (day is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(-6)) : At(hour, minute)),
            15, status, provider, Checkup, new PatientIdentity("Fatima", lastName, BornOn), StatusSince: since);

    private static int _codes;

    private static string NewCode() => $"C{Interlocked.Increment(ref _codes):00000}";

    private static ScheduleFollowed Follow(WaitingRoomDay room, bool wholeDay = false, params SourceAppointment[] feed) =>
        room.Follow(feed, wholeDay, ScheduleSource.By, Now, NewCode);

    [Test]
    public void A_new_booking_is_on_the_list_and_can_check_in_with_the_system_s_code_or_a_new_one()
    {
        var room = Open();
        var followed = Follow(room, false, Source("1") with { ConfirmationCode = "FN8T5V" }, Source("2", "Hughes", 10));

        Assert.That(followed.Count(ScheduleChangeKind.Added), Is.EqualTo(2));
        Assert.That(room.FindByCode("FN8T5V").Appointment?.SourceId, Is.EqualTo("Appointment/1"));
        Assert.That(room.Find("Hughes", BornOn).Appointment?.ConfirmationCode, Does.StartWith("C"));
        Assert.That(room.Unstored().Appointments, Has.Count.EqualTo(2));
    }

    [Test]
    public void The_same_feed_twice_changes_nothing_the_second_time()
    {
        var room = Open();
        var feed = new[] { Source("1"), Source("2", "Hughes", 10) };
        Follow(room, true, feed);
        room.MarkStored();

        var again = Follow(room, true, feed);

        Assert.That(again.Changes, Is.Empty);
        Assert.That(again.Unchanged, Is.EqualTo(2));
        Assert.That(room.Unstored().IsEmpty, Is.True);
        Assert.That(room.Appointments, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_moved_appointment_keeps_its_id_and_code_and_is_stored_as_a_change()
    {
        var room = Open();
        Follow(room, false, Source("1"));
        room.MarkStored();
        var before = room.Appointments.Single();

        var followed = Follow(room, false, Source("1", hour: 11, provider: Baker));

        Assert.That(followed.Count(ScheduleChangeKind.Moved), Is.EqualTo(1));
        var after = room.Appointments.Single();
        Assert.That((after.Id, after.ConfirmationCode, after.ProviderId, after.StartsAt), Is.EqualTo((before.Id, before.ConfirmationCode, Baker, At(11))));
        Assert.That(room.Unstored().ChangedAppointments.Single().StartsAt, Is.EqualTo(At(11)));
    }

    [Test]
    public void Cancelled_and_entered_in_error_leave_the_list_so_the_kiosk_no_longer_finds_them()
    {
        var room = Open();
        Follow(room, false, Source("1"));
        room.MarkStored();

        var followed = Follow(room, false, Source("1", status: SourceStatus.Cancelled));

        Assert.That(followed.Count(ScheduleChangeKind.Cancelled), Is.EqualTo(1));
        Assert.That(room.Find("Nowak", BornOn).Match, Is.EqualTo(LookupMatch.None));
        Assert.That(room.Unstored().RemovedAppointments, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_patient_who_has_checked_in_is_never_moved_or_cancelled_and_reception_is_told()
    {
        var room = Open();
        Follow(room, false, Source("1"));
        var appointment = room.Appointments.Single();
        room.CheckIn(Guid.NewGuid(), appointment.Id, "Nowak", BornOn, ByKiosk, Now);
        room.MarkStored();

        var moved = Follow(room, false, Source("1", hour: 12));
        var cancelled = Follow(room, false, Source("1", status: SourceStatus.Cancelled));
        var gone = Follow(room, true);

        Assert.That(new[] { moved, cancelled, gone }.Select(f => f.Changes.Single().Kind), Is.All.EqualTo(ScheduleChangeKind.NotApplied));
        Assert.That(moved.Changes.Single().SaidStartsAt, Is.EqualTo(At(12)));
        Assert.That(room.Appointments.Single(), Is.EqualTo(appointment));
        Assert.That(room.Visits.Single().IsWaiting, Is.True);
        Assert.That(room.Unstored().IsEmpty, Is.True);
    }

    [Test]
    public void Arrived_at_the_clinic_system_s_desk_checks_the_patient_in_here_at_the_time_it_says()
    {
        var room = Open();
        var followed = Follow(room, false, Source("1", status: SourceStatus.Arrived, since: At(8, 20)), Source("2", "Hughes", status: SourceStatus.Arrived, since: At(9, 45)));

        Assert.That(followed.Count(ScheduleChangeKind.CheckedIn), Is.EqualTo(2));
        var arrived = room.Visits.ToDictionary(v => v.Patient.LastName, v => v.ArrivedAt);
        Assert.That(arrived["Nowak"], Is.EqualTo(At(8, 20)));
        Assert.That(arrived["Hughes"], Is.EqualTo(Now), "a time in the future is not believed");
        Assert.That(room.Visits.Select(v => v.Trail[0].By), Is.All.EqualTo(ScheduleSource.By));
    }

    [Test]
    public void A_no_show_in_the_clinic_system_is_a_no_show_here_and_a_fulfilled_one_never_seen_is_left_out()
    {
        var room = Open();
        var followed = Follow(room, false, Source("1", status: SourceStatus.NoShow), Source("2", "Hughes", status: SourceStatus.Fulfilled));

        Assert.That(followed.Count(ScheduleChangeKind.NoShow), Is.EqualTo(1));
        Assert.That(room.Visits.Single().State, Is.EqualTo(VisitState.NoShow));
        Assert.That(room.Appointments.Select(a => a.Patient.LastName), Is.EqualTo(new[] { "Nowak" }));
    }

    [Test]
    public void A_whole_day_s_feed_takes_off_what_the_system_no_longer_has_but_not_walk_ins_or_local_bookings()
    {
        var local = Appointment("Local");
        var room = Open(local);
        room.WalkIn(Guid.NewGuid(), new PatientIdentity("Wal", "Kin", BornOn), Adams, Checkup, ByKiosk, Now);
        Follow(room, false, Source("1"), Source("2", "Hughes"));
        room.MarkStored();

        var partial = Follow(room, false, Source("1"));
        var whole = Follow(room, true, Source("1"));

        Assert.That(partial.Changes, Is.Empty, "a file of some appointments does not cancel the rest");
        Assert.That(whole.Changes.Single().Kind, Is.EqualTo(ScheduleChangeKind.Gone));
        Assert.That(room.Appointments.Select(a => a.Patient.LastName), Is.EquivalentTo(new[] { "Local", "Kin", "Nowak" }));
    }

    [Test]
    public void An_appointment_moved_to_another_day_leaves_this_one()
    {
        var room = Open();
        Follow(room, false, Source("1"));
        room.MarkStored();

        var followed = Follow(room, false, Source("1", day: Day.AddDays(1)));

        Assert.That(followed.Changes.Single().Kind, Is.EqualTo(ScheduleChangeKind.MovedToAnotherDay));
        Assert.That(room.Appointments, Is.Empty);
    }

    [Test]
    public void The_clinic_system_hears_of_check_in_no_show_and_done_but_not_of_what_it_told_us()
    {
        var room = Open();
        Follow(room, false, Source("1"), Source("2", "Hughes"), Source("3", "Told", status: SourceStatus.Arrived, since: At(8)));
        room.MarkStored();
        var nowak = room.Appointments.Single(a => a.Patient.LastName == "Nowak");
        var hughes = room.Appointments.Single(a => a.Patient.LastName == "Hughes");

        var visit = room.CheckIn(Guid.NewGuid(), nowak.Id, "Nowak", BornOn, ByKiosk, At(8, 40)).Visit;
        room.MarkNoShow(hughes.Id, ByNurse, At(9, 30));
        var checkedIn = SourceStatusChanges.Of(room.Unstored(), ScheduleSource.By);
        room.MarkStored();
        visit.Call("Room 1", ByNurse, At(9));
        var called = SourceStatusChanges.Of(room.Unstored(), ScheduleSource.By);
        room.MarkStored();
        visit.EnterRoom(ByNurse, At(9, 1));
        visit.Complete(ByNurse, At(9, 20));
        var done = SourceStatusChanges.Of(room.Unstored(), ScheduleSource.By);

        Assert.That(checkedIn.Select(c => (c.SourceId, c.Status)), Is.EquivalentTo(new[] { ("Appointment/1", SourceStatus.Arrived), ("Appointment/2", SourceStatus.NoShow) }));
        Assert.That(called, Is.Empty, "being called is still 'arrived' to the clinic system");
        Assert.That(done.Single(), Is.EqualTo(new SourceStatusChange("Appointment/1", SourceStatus.Fulfilled, At(9, 20))));
    }

    [Test]
    public void An_undone_no_show_tells_the_clinic_system_the_appointment_is_booked_again()
    {
        var room = Open();
        Follow(room, false, Source("1"));
        room.MarkNoShow(room.Appointments.Single().Id, ByNurse, At(9, 30));
        room.MarkStored();

        room.Visits.Single().Undo(ByNurse, At(9, 31));

        Assert.That(SourceStatusChanges.Of(room.Unstored(), ScheduleSource.By).Single().Status, Is.EqualTo(SourceStatus.Booked));
    }

    [Test]
    public void Walk_ins_and_local_bookings_are_never_written_back()
    {
        var room = Open(Appointment("Local"));
        room.WalkIn(Guid.NewGuid(), new PatientIdentity("Wal", "Kin", BornOn), Adams, Checkup, ByKiosk, Now);
        room.CheckIn(Guid.NewGuid(), room.Appointments[0].Id, "Local", BornOn, ByKiosk, Now);

        Assert.That(SourceStatusChanges.Of(room.Unstored(), ScheduleSource.By), Is.Empty);
    }
}
