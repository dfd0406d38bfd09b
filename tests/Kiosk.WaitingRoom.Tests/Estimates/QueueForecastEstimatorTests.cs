using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>Behaviours of our estimator that a patient would notice.</summary>
public sealed class QueueForecastEstimatorTests
{
    private static readonly DateTimeOffset Now = TestClinic.At(9, 0);
    private static readonly QueueForecastEstimator Cold = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Empty));

    [Test]
    public void A_provider_running_late_shifts_every_one_of_their_patients_ranges_by_about_that_much()
    {
        var (room, queue) = ArrivedFor(TestClinic.Adams, 3);
        var before = Cold.Estimate(room, Now);

        room.SetProviderDelay(TestClinic.Adams, 30, "an urgent case", TestClinic.ByNurse, Now);
        var after = Cold.Estimate(room, Now);

        Assert.Multiple(() =>
        {
            foreach (var visit in queue)
            {
                var shift = after[visit.Id].LikelyMinutes - before[visit.Id].LikelyMinutes;
                Assert.That(shift, Is.InRange(22, 40), $"{visit.Ticket.Code} moved by {shift} min");
                Assert.That(after[visit.Id].Reason, Does.StartWith("Dr Adams is running about 30 min behind (an urgent case)."));
            }
        });
    }

    [Test]
    public void A_no_show_ahead_shortens_the_line()
    {
        var seeing = TestClinic.Appointment("In-Room", hour: 8, minute: 45);
        var late = TestClinic.Appointment("Early-Slot", hour: 9, minute: 0);
        var mine = TestClinic.Appointment("Okafor", hour: 9, minute: 15);
        var room = TestClinic.Open(seeing, late, mine);
        room.CheckInAsBooked(seeing, TestClinic.At(8, 40)).Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 55));
        var visit = room.CheckInAsBooked(mine, TestClinic.At(8, 50));
        var whileExpected = Cold.Estimate(room, Now)[visit.Id];

        room.MarkNoShow(late.Id, TestClinic.ByNurse, Now);
        var afterNoShow = Cold.Estimate(room, Now)[visit.Id];

        Assert.That(whileExpected.Reason, Does.Contain("Someone booked before you has not arrived yet and would go first."));
        Assert.That(afterNoShow.Reason, Does.Not.Contain("booked before you"));
        Assert.That(afterNoShow.HighMinutes, Is.LessThan(whileExpected.HighMinutes - 10));
        Assert.That(afterNoShow.LikelyMinutes, Is.LessThan(whileExpected.LikelyMinutes));
    }

    [TestCase(WalkInPolicy.Interleave, true)]
    [TestCase(WalkInPolicy.AfterBooked, false)]
    public void A_walk_in_counts_ahead_only_where_the_clinic_puts_walk_ins_ahead(WalkInPolicy policy, bool ahead)
    {
        var room = Open(policy, out var booked);
        var mine = room.CheckInAsBooked(booked, TestClinic.At(8, 40));
        room.CheckInAsBooked(room.Appointments[0], TestClinic.At(8, 30));
        var before = Cold.Estimate(room, Now)[mine.Id];

        room.WalkIn(Guid.NewGuid(), new PatientIdentity("Walk", "In", TestClinic.BornOn), TestClinic.Adams, TestClinic.LongVisit, TestClinic.ByKiosk, TestClinic.At(8, 55));
        var after = Cold.Estimate(room, Now)[mine.Id];

        var moved = after.LikelyMinutes - before.LikelyMinutes;
        Assert.That(moved, ahead ? Is.GreaterThanOrEqualTo(20) : Is.EqualTo(0), $"moved {moved} min");
        Assert.That(room.PlaceInLine(mine), Is.EqualTo(ahead ? 3 : 2));
    }

    [Test]
    public void A_cold_clinic_gets_a_wide_range_and_says_so_while_a_clinic_with_history_gets_a_narrower_one()
    {
        var (room, queue) = ArrivedFor(TestClinic.Adams, 4);
        var warm = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(SteadyDays(5))));

        var cold = Cold.Estimate(room, Now)[queue[^1].Id];
        var learned = warm.Estimate(room, Now)[queue[^1].Id];

        Assert.Multiple(() =>
        {
            Assert.That(cold.Reason, Does.Contain("little history"));
            Assert.That(learned.Reason, Does.Not.Contain("little history"));
            Assert.That(cold.HighMinutes - cold.LowMinutes, Is.GreaterThan(learned.HighMinutes - learned.LowMinutes));
            Assert.That(cold.HighMinutes - cold.LowMinutes, Is.GreaterThanOrEqualTo(20));
        });
    }

    [Test]
    public void The_estimate_at_a_moment_ignores_everything_that_happened_after_it()
    {
        var (full, queue) = ArrivedFor(TestClinic.Adams, 3);
        var (hidden, hiddenQueue) = ArrivedFor(TestClinic.Adams, 3, sameAs: full);
        queue[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 30));
        full.SetProviderDelay(TestClinic.Adams, 45, "later news", TestClinic.ByNurse, TestClinic.At(9, 40));
        full.WalkIn(Guid.NewGuid(), new PatientIdentity("Later", "Walkin", TestClinic.BornOn), TestClinic.Adams, TestClinic.Checkup, TestClinic.ByKiosk, TestClinic.At(9, 45));

        var withFuture = Cold.Estimate(full, Now);
        var withoutFuture = Cold.Estimate(hidden, Now);

        Assert.That(queue.Select(v => withFuture[v.Id]), Is.EqualTo(hiddenQueue.Select(v => withoutFuture[v.Id])));
        Assert.That(withFuture, Has.Count.EqualTo(3));
    }

    [Test]
    public void The_same_room_at_the_same_moment_gives_the_same_estimate()
    {
        var (room, _) = ArrivedFor(TestClinic.Adams, 3);

        var first = Cold.Estimate(room, Now);
        var again = Cold.Estimate(room, Now);

        Assert.That(again, Is.EquivalentTo(first));
    }

    [Test]
    public void A_provider_who_is_always_late_in_is_expected_late_today_before_anyone_says_so()
    {
        var prompt = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(SteadyDays(6, Scheduled(), firstCallLate: 0))));
        var lateIn = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(SteadyDays(6, Scheduled(), firstCallLate: 30))));
        var appointments = Enumerable.Range(0, 3).Select(i => TestClinic.Appointment($"Today{i}", hour: 8, minute: i * 15)).ToArray();
        var room = new WaitingRoomDay(Scheduled(), TestClinic.Day, appointments, [], new Dictionary<Guid, Guid>());
        var first = room.CheckInAsBooked(appointments[0], TestClinic.At(7, 50));
        var at = TestClinic.At(8, 5); // nobody called yet, five minutes after the start

        var whenPrompt = prompt.Estimate(room, at)[first.Id];
        var whenLate = lateIn.Estimate(room, at)[first.Id];

        Assert.That(whenPrompt.LikelyMinutes, Is.LessThanOrEqualTo(5));
        Assert.That(whenLate.LikelyMinutes, Is.InRange(18, 32), "about 30 minutes late, 5 of them gone");
    }

    [Test]
    public void In_a_clinic_where_nobody_waits_past_an_hour_a_long_line_expects_people_ahead_to_give_up()
    {
        // Most past patients were called within ten minutes; the few who waited long all left at about an hour.
        var impatient = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(DaysWithLeavers(6, leaveAfter: 60))));
        var patient = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(DaysWithLeavers(6, leaveAfter: null))));
        var appointments = Enumerable.Range(0, 10).Select(i => TestClinic.Appointment($"Line{i}", hour: 8, minute: 30 + i)).ToArray();
        var room = TestClinic.Open(appointments);
        var line = appointments.Select(a => room.CheckInAsBooked(a, TestClinic.At(8, 40))).ToList();

        var last = line[^1].Id;
        var withLeavers = impatient.Estimate(room, Now)[last];
        var withoutLeavers = patient.Estimate(room, Now)[last];

        Assert.That(withLeavers.LikelyMinutes, Is.LessThan(withoutLeavers.LikelyMinutes / 2), $"{withLeavers.LikelyMinutes} vs {withoutLeavers.LikelyMinutes} min");
    }

    /// <summary>Twelve patients a day: nine called ten minutes after arriving, three who waited long and either left after <paramref name="leaveAfter"/> minutes or were seen.</summary>
    private static IEnumerable<WaitingRoomDay> DaysWithLeavers(int days, int? leaveAfter)
    {
        for (var d = 1; d <= days; d++)
        {
            var day = TestClinic.Day.AddDays(-d);
            var appointments = Enumerable.Range(0, 12).Select(i => TestClinic.Appointment($"Past{i}", day: day, hour: 8 + (i / 4), minute: i % 4 * 15)).ToArray();
            var room = new WaitingRoomDay(TestClinic.Profile(), day, appointments, [], new Dictionary<Guid, Guid>());
            for (var i = 0; i < appointments.Length; i++)
            {
                var a = appointments[i];
                var visit = room.CheckIn(Guid.NewGuid(), a.Id, a.Patient.LastName, a.Patient.DateOfBirth, TestClinic.ByKiosk, a.StartsAt).Visit;
                if (i % 4 == 3 && leaveAfter is { } patience)
                {
                    visit.MarkLeft(TestClinic.ByNurse, a.StartsAt.AddMinutes(patience + (d % 3)));
                    continue;
                }

                var called = a.StartsAt.AddMinutes(i % 4 == 3 ? 70 : 10);
                visit.Call("Room 1", TestClinic.ByNurse, called);
                visit.EnterRoom(TestClinic.ByNurse, called.AddMinutes(1));
                visit.Complete(TestClinic.ByNurse, called.AddMinutes(13));
            }

            yield return room;
        }
    }

    [Test]
    public void A_provider_whose_lunches_run_long_is_expected_back_late_and_only_after_the_morning_list()
    {
        var shortLunches = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(LunchDays(6, lunchLasts: 30))));
        var longLunches = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(LunchDays(6, lunchLasts: 60))));
        var morning = TestClinic.Appointment("Morning", hour: 11, minute: 50);
        var afternoon = TestClinic.Appointment("Afternoon", hour: 12, minute: 10);
        var room = new WaitingRoomDay(Scheduled(), TestClinic.Day, [morning, afternoon], [], new Dictionary<Guid, Guid>());
        var first = room.CheckInAsBooked(morning, TestClinic.At(11, 40));
        var second = room.CheckInAsBooked(afternoon, TestClinic.At(11, 45));
        var at = TestClinic.At(11, 50);

        var expectingShort = shortLunches.Estimate(room, at);
        var expectingLong = longLunches.Estimate(room, at);

        Assert.Multiple(() =>
        {
            Assert.That(expectingLong[first.Id].LikelyMinutes, Is.LessThanOrEqualTo(5), "booked before lunch: seen first");
            Assert.That(expectingShort[second.Id].LikelyMinutes, Is.InRange(35, 55));
            Assert.That(expectingLong[second.Id].LikelyMinutes - expectingShort[second.Id].LikelyMinutes, Is.InRange(20, 40), "lunches that last an hour, not half");
        });
    }

    /// <summary>Days where Dr Adams sees a patient at 11:45, goes to lunch at 12:00 and calls the waiting 12:10 patient <paramref name="lunchLasts"/> minutes later.</summary>
    private static IEnumerable<WaitingRoomDay> LunchDays(int days, int lunchLasts)
    {
        foreach (var room in SteadyDays(days, Scheduled()))
        {
            var before = TestClinic.Appointment("BeforeLunch", day: room.Day, hour: 11, minute: 45);
            var after = TestClinic.Appointment("AfterLunch", day: room.Day, hour: 12, minute: 10);
            room.Book(before);
            room.Book(after);
            var seen = room.CheckIn(Guid.NewGuid(), before.Id, before.Patient.LastName, before.Patient.DateOfBirth, TestClinic.ByKiosk, before.StartsAt.AddMinutes(-5)).Visit;
            seen.Call("Room 1", TestClinic.ByNurse, before.StartsAt);
            seen.EnterRoom(TestClinic.ByNurse, before.StartsAt.AddMinutes(1));
            seen.Complete(TestClinic.ByNurse, before.StartsAt.AddMinutes(15));
            var waited = room.CheckIn(Guid.NewGuid(), after.Id, after.Patient.LastName, after.Patient.DateOfBirth, TestClinic.ByKiosk, after.StartsAt.AddMinutes(-10)).Visit;
            waited.Call("Room 1", TestClinic.ByNurse, before.StartsAt.AddMinutes(15 + lunchLasts));
            waited.EnterRoom(TestClinic.ByNurse, before.StartsAt.AddMinutes(16 + lunchLasts));
            waited.Complete(TestClinic.ByNurse, before.StartsAt.AddMinutes(30 + lunchLasts));
            yield return room;
        }
    }

    [Test]
    public void A_provider_with_nobody_in_the_room_while_patients_wait_is_held_up_since_their_last_patient_left_and_after_three_minutes_it_says_so()
    {
        var (room, queue) = ArrivedFor(TestClinic.Adams, 3);
        queue[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 35));
        queue[0].EnterRoom(TestClinic.ByNurse, TestClinic.At(8, 36));
        queue[0].Complete(TestClinic.ByNurse, TestClinic.At(8, 50));

        var justFinished = Cold.Estimate(room, TestClinic.At(8, 51))[queue[1].Id];
        var away = Cold.Estimate(room, TestClinic.At(8, 58))[queue[1].Id];

        Assert.That(justFinished.HeldUp, Is.EqualTo(new HeldUp(HoldUp.BetweenPatients, TestClinic.At(8, 50)) { LikelyBackAt = justFinished.HeldUp?.LikelyBackAt }));
        Assert.That(justFinished.Parts.Select(p => p.Key), Does.Not.Contain("away"), "a minute between patients is nothing to explain");
        Assert.That(away.Reason, Does.Contain("Dr Adams has not called the next patient for 8 min. You keep your place"));
        Assert.That(away.HeldUp!.LikelyBackAt, Is.GreaterThan(TestClinic.At(8, 58)), "they are not back yet, so their likely return is still to come");
    }

    [Test]
    public void Nobody_is_held_up_before_their_first_patient_nor_once_reception_has_said_how_late_they_are()
    {
        var (room, queue) = ArrivedFor(TestClinic.Adams, 2);
        var beforeFirst = Cold.Estimate(room, Now)[queue[0].Id];

        queue[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 35));
        queue[0].EnterRoom(TestClinic.ByNurse, TestClinic.At(8, 36));
        queue[0].Complete(TestClinic.ByNurse, TestClinic.At(8, 45));
        room.SetProviderDelay(TestClinic.Adams, 20, "an urgent case", TestClinic.ByNurse, TestClinic.At(8, 50));
        var delaySaid = Cold.Estimate(room, Now)[queue[1].Id];

        Assert.That(beforeFirst.HeldUp, Is.Null);
        Assert.That(delaySaid.HeldUp, Is.Null);
        Assert.That(delaySaid.Reason, Does.StartWith("Dr Adams is running about 20 min behind"));
    }

    [Test]
    public void A_visit_far_longer_than_its_kind_holds_the_provider_up_and_says_it_is_running_long()
    {
        var (room, queue) = ArrivedFor(TestClinic.Adams, 2);
        queue[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 35));
        queue[0].EnterRoom(TestClinic.ByNurse, TestClinic.At(8, 36));

        var usual = Cold.Estimate(room, TestClinic.At(8, 45))[queue[1].Id];
        var runningLong = Cold.Estimate(room, TestClinic.At(9, 40))[queue[1].Id];

        Assert.That(usual.HeldUp, Is.Null, "nine minutes into a 15-minute check-up");
        Assert.That(runningLong.HeldUp?.Kind, Is.EqualTo(HoldUp.LongVisit));
        Assert.That(runningLong.Reason, Does.Contain("Dr Adams's current appointment is running long."));
    }

    [Test]
    public void A_provider_whose_visits_today_take_half_as_long_again_as_ever_before_gets_later_calls_for_those_waiting()
    {
        var learned = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(SteadyDays(10))));
        var (usual, usualNow, usualLast) = TodayAtPace(visitMinutes: 15);
        var (slow, slowNow, slowLast) = TodayAtPace(visitMinutes: 24);

        var atUsualPace = learned.Estimate(usual, usualNow)[usualLast];
        var atSlowPace = learned.Estimate(slow, slowNow)[slowLast];

        Assert.That(atSlowPace.LikelyMinutes, Is.GreaterThanOrEqualTo(atUsualPace.LikelyMinutes + 12),
            $"two visits ahead at about 24 min instead of 15: {atUsualPace.LikelyMinutes} min at the usual pace, {atSlowPace.LikelyMinutes} today");
    }

    [Test]
    public void A_rush_of_walk_ins_this_morning_that_the_history_never_had_is_expected_to_go_on_ahead_of_a_later_booking()
    {
        var learned = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Learn(SteadyDays(10, Scheduled()))));
        var quiet = MorningSeen(walkIns: false, out var quietMine);
        var rush = MorningSeen(walkIns: true, out var rushMine);

        var afterQuiet = learned.Estimate(quiet, TestClinic.At(10, 0))[quietMine];
        var afterRush = learned.Estimate(rush, TestClinic.At(10, 0))[rushMine];

        Assert.That(afterRush.LikelyMinutes, Is.GreaterThanOrEqualTo(afterQuiet.LikelyMinutes + 10),
            $"eight walk-ins in the last two hours: {afterQuiet.LikelyMinutes} min after a quiet morning, {afterRush.LikelyMinutes} after the rush");
    }

    /// <summary>
    /// Today so far: six check-ups seen back to back from 8:00, each <paramref name="visitMinutes"/>
    /// long, and three more waiting; "now" is just after the sixth finished. Returns the last in line.
    /// </summary>
    private static (WaitingRoomDay Room, DateTimeOffset Now, Guid Last) TodayAtPace(int visitMinutes)
    {
        var appointments = Enumerable.Range(0, 9).Select(i => TestClinic.Appointment($"Today{i}", hour: 8, minute: i * 5)).ToArray();
        var room = TestClinic.Open(appointments);
        var visits = appointments.Select(a => room.CheckInAsBooked(a, TestClinic.At(7, 50))).ToList();
        var t = TestClinic.At(8, 0);
        foreach (var visit in visits.Take(6))
        {
            visit.Call("Room 1", TestClinic.ByNurse, t);
            visit.EnterRoom(TestClinic.ByNurse, t.AddMinutes(1));
            t = t.AddMinutes(1 + visitMinutes);
            visit.Complete(TestClinic.ByNurse, t);
        }

        return (room, t.AddSeconds(30), visits[^1].Id);
    }

    /// <summary>
    /// An interleaving clinic at 10:00 after a morning of eight patients seen — walk-ins, or booked
    /// patients — with four booked for 10:00–10:45 waiting and one patient here early for 11:30.
    /// </summary>
    private static WaitingRoomDay MorningSeen(bool walkIns, out Guid mine)
    {
        var booked = TestClinic.Appointment("Later", hour: 11, minute: 30);
        var ahead = Enumerable.Range(0, 4).Select(i => TestClinic.Appointment($"Ahead{i}", hour: 10, minute: i * 15)).ToArray();
        var earlier = Enumerable.Range(0, 8).Select(i => TestClinic.Appointment($"Morning{i}", hour: 8 + (i / 4), minute: i % 4 * 15)).ToArray();
        var room = new WaitingRoomDay(Scheduled(), TestClinic.Day, walkIns ? [booked, .. ahead] : [booked, .. ahead, .. earlier], [], new Dictionary<Guid, Guid>());
        for (var i = 0; i < 8; i++)
        {
            var at = TestClinic.At(8 + (i / 4), i % 4 * 15);
            var visit = walkIns
                ? room.WalkIn(Guid.NewGuid(), new PatientIdentity("Walk", $"In{i}", TestClinic.BornOn), TestClinic.Adams, TestClinic.Checkup, TestClinic.ByKiosk, at).Visit
                : room.CheckInAsBooked(earlier[i], at);
            visit.Call("Room 1", TestClinic.ByNurse, at);
            visit.EnterRoom(TestClinic.ByNurse, at.AddMinutes(1));
            visit.Complete(TestClinic.ByNurse, at.AddMinutes(14));
        }

        foreach (var a in ahead)
        {
            room.CheckInAsBooked(a, TestClinic.At(9, 50));
        }

        mine = room.CheckInAsBooked(booked, TestClinic.At(9, 58)).Id;
        return room;
    }

    private static ClinicProfile Scheduled()
    {
        var basic = TestClinic.Profile();
        return new ClinicProfile(basic.Id, basic.Name, basic.TimeZone, basic.Providers, basic.VisitTypes, WalkInPolicy.Interleave,
            new Dictionary<string, ProviderSchedule> { [TestClinic.Adams] = new(new TimeOnly(8, 0), new TimeOnly(17, 0), new TimeOnly(12, 0), 30) });
    }

    private static (WaitingRoomDay Room, List<Visit> Queue) ArrivedFor(string provider, int count, WaitingRoomDay? sameAs = null)
    {
        var appointments = sameAs?.Appointments.Where(a => !a.WalkIn).ToArray()
            ?? [.. Enumerable.Range(0, count).Select(i => TestClinic.Appointment($"Patient{i}", provider, 8, 30 + (i * 5)))];
        var room = TestClinic.Open(appointments);
        var queue = appointments.Select((a, i) => room.CheckInAsBooked(a, TestClinic.At(8, 20 + i))).ToList();
        return (room, queue);
    }

    private static WaitingRoomDay Open(WalkInPolicy policy, out Appointment mine)
    {
        var basic = TestClinic.Profile();
        var profile = new ClinicProfile(basic.Id, basic.Name, basic.TimeZone, basic.Providers, basic.VisitTypes, policy);
        var first = TestClinic.Appointment("First", hour: 8, minute: 45);
        mine = TestClinic.Appointment("Okafor", hour: 9, minute: 30);
        return new WaitingRoomDay(profile, TestClinic.Day, [first, mine], [], new Dictionary<Guid, Guid>());
    }

    /// <summary>
    /// Finished days where every check-up took 14–16 minutes and the next patient was called at
    /// once; the first call of the day comes <paramref name="firstCallLate"/> minutes after 8:00.
    /// </summary>
    private static IEnumerable<WaitingRoomDay> SteadyDays(int days, ClinicProfile? clinic = null, int firstCallLate = 0)
    {
        for (var d = 1; d <= days; d++)
        {
            var day = TestClinic.Day.AddDays(-d);
            var appointments = Enumerable.Range(0, 12).Select(i => TestClinic.Appointment($"Past{i}", day: day, hour: 8 + (i / 4), minute: i % 4 * 15)).ToArray();
            var room = new WaitingRoomDay(clinic ?? TestClinic.Profile(), day, appointments, [], new Dictionary<Guid, Guid>());
            var t = appointments[0].StartsAt.AddMinutes(firstCallLate);
            foreach (var a in appointments)
            {
                var visit = room.CheckIn(Guid.NewGuid(), a.Id, a.Patient.LastName, a.Patient.DateOfBirth, TestClinic.ByKiosk, a.StartsAt.AddMinutes(-5)).Visit;
                var called = a.StartsAt > t ? a.StartsAt : t;
                visit.Call("Room 1", TestClinic.ByNurse, called);
                visit.EnterRoom(TestClinic.ByNurse, called.AddMinutes(1));
                visit.Complete(TestClinic.ByNurse, called.AddMinutes(15 + ((a.StartsAt.Minute % 3) - 1)));
                t = called.AddMinutes(16.5);
            }

            yield return room;
        }
    }
}
