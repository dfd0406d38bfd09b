using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Estimates.Baselines;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// Baseline C on days small enough to walk by hand. In the past days every check-up with Dr Adams
/// took exactly 10 minutes and the next patient was called 2 minutes later; the walk adds the 1.5
/// minutes ours allows from call to room. So each turn in the line is 1.5 + 10 + 2 = 13.5 minutes.
/// </summary>
public sealed class QueueWalkTests
{
    [Test]
    public void At_the_usual_pace_three_ahead_of_ten_minutes_each_is_the_walk_of_their_turns()
    {
        var walk = new QueueWalk(new FixedHistory(ClinicHistory.Learn(PastDays())), WalkResiduals.None);
        var (room, line, now) = Today(doneMinutes: 10);

        var told = walk.Estimate(room, now);

        // The patient in the room just went in: 10 min left, then a 2 min gap; then two whole turns.
        Assert.That(told[line[0].Id].LikelyMinutes, Is.EqualTo(12));
        Assert.That(told[line[2].Id].LikelyMinutes, Is.EqualTo(39), "10 + 2 + 2 × 13.5");
    }

    [Test]
    public void A_provider_quicker_today_than_usual_gets_shorter_waits_by_their_pace_pulled_toward_the_usual()
    {
        var walk = new QueueWalk(new FixedHistory(ClinicHistory.Learn(PastDays())), WalkResiduals.None);
        var (room, line, now) = Today(doneMinutes: 6);

        var told = walk.Estimate(room, now)[line[2].Id];

        // Three visits today at 6 of the usual 10 min: pace (3 × 0.6 + 3) / (3 + 3) = 0.8, visits of 8 min.
        Assert.That(told.LikelyMinutes, Is.EqualTo(33), "8 + 2 + 2 × (1.5 + 8 + 2)");
    }

    [Test]
    public void A_booked_patient_not_here_yet_counts_by_their_chance_of_coming()
    {
        var everyoneComes = new QueueWalk(new FixedHistory(ClinicHistory.Learn(PastDays())), WalkResiduals.None);
        var halfCome = new QueueWalk(new FixedHistory(ClinicHistory.Learn(PastDays(noShows: true))), WalkResiduals.None);
        var (room, me, now) = WithOneBookedNotHere();

        var ifComing = everyoneComes.Estimate(room, now)[me.Id];
        var ifHalf = halfCome.Estimate(room, now)[me.Id];

        // In the room: 10 + 2; the one waiting ahead: 13.5; the booked patient ranked ahead: 13.5 × chance.
        Assert.That(ifComing.LikelyMinutes, Is.EqualTo(39), "12 + 13.5 + 13.5");
        Assert.That(ifHalf.LikelyMinutes, Is.EqualTo(32), "12 + 13.5 + 0.5 × 13.5 = 32.25");
    }

    [Test]
    public void The_walk_at_a_moment_ignores_everything_that_happened_after_it()
    {
        var walk = new QueueWalk(new FixedHistory(ClinicHistory.Learn(PastDays())), WalkResiduals.None);
        var (room, line, now) = Today(doneMinutes: 10);
        var before = walk.Estimate(room, now);

        line[0].Call("Room 1", TestClinic.ByNurse, now.AddMinutes(3));
        room.SetProviderDelay(TestClinic.Adams, 45, "later news", TestClinic.ByNurse, now.AddMinutes(4));
        var after = walk.Estimate(room, now);

        Assert.That(after, Is.EquivalentTo(before));
    }

    [Test]
    public void Learned_residuals_keep_one_miss_for_every_past_patient_who_waited_and_was_called()
    {
        var past = PastDays();

        var residuals = WalkResiduals.Learn(past);

        var waitedAndCalled = past.Sum(d => d.Visits.Count(v => v.CalledAt > v.ArrivedAt));
        Assert.That(residuals.Count, Is.EqualTo(waitedAndCalled));
    }

    [Test]
    public void Only_the_latest_ten_past_days_are_replayed_for_residuals()
    {
        var past = PastDays(days: 12);

        var residuals = WalkResiduals.Learn(past);

        var waitedAndCalled = past.TakeLast(WalkResiduals.ReplayedDays).Sum(d => d.Visits.Count(v => v.CalledAt > v.ArrivedAt));
        Assert.That(residuals.Count, Is.EqualTo(waitedAndCalled));
        Assert.That(residuals.Count, Is.LessThan(past.Sum(d => d.Visits.Count(v => v.CalledAt > v.ArrivedAt))));
    }

    /// <summary>
    /// Finished days (three unless said, oldest first) of Dr Adams's eight check-ups (booked 8:00, 8:05, …, all here at 7:55), each
    /// exactly 10 minutes, the next called 2 minutes after. With <paramref name="noShows"/>, as many
    /// more were booked and never came: a no-show rate of exactly one half.
    /// </summary>
    private static List<WaitingRoomDay> PastDays(bool noShows = false, int days = 3)
    {
        var past = new List<WaitingRoomDay>();
        for (var d = days; d >= 1; d--)
        {
            var day = TestClinic.Day.AddDays(-d);
            var seen = Enumerable.Range(0, 8).Select(i => TestClinic.Appointment($"Past{i}", day: day, hour: 8, minute: i * 5)).ToArray();
            var absent = noShows ? Enumerable.Range(0, 8).Select(i => TestClinic.Appointment($"Absent{i}", day: day, hour: 8, minute: 2 + (i * 5))).ToArray() : [];
            var room = new WaitingRoomDay(TestClinic.Profile(), day, [.. seen, .. absent], [], new Dictionary<Guid, Guid>());
            var t = seen[0].StartsAt;
            foreach (var a in seen)
            {
                var visit = room.CheckIn(Guid.NewGuid(), a.Id, a.Patient.LastName, a.Patient.DateOfBirth, TestClinic.ByKiosk, seen[0].StartsAt.AddMinutes(-5)).Visit;
                Seen(visit, t, 10);
                t = t.AddMinutes(12);
            }

            foreach (var a in absent)
            {
                room.MarkNoShow(a.Id, TestClinic.ByNurse, a.StartsAt.AddMinutes(30));
            }

            past.Add(room);
        }

        return past;
    }

    /// <summary>
    /// Today: Dr Adams has seen three patients, each in <paramref name="doneMinutes"/> with 2 minutes
    /// between, and the fourth has just gone in; three wait (booked 8:20, 8:25, 8:30).
    /// </summary>
    private static (WaitingRoomDay Room, List<Visit> Line, DateTimeOffset Now) Today(int doneMinutes)
    {
        var appointments = Enumerable.Range(0, 7).Select(i => TestClinic.Appointment($"Today{i}", hour: 8, minute: i * 5)).ToArray();
        var room = TestClinic.Open(appointments);
        var visits = appointments.Select(a => room.CheckInAsBooked(a, TestClinic.At(7, 55))).ToList();
        var t = TestClinic.At(8, 0);
        foreach (var visit in visits.Take(3))
        {
            Seen(visit, t, doneMinutes);
            t = t.AddMinutes(doneMinutes + 2);
        }

        visits[3].Call("Room 1", TestClinic.ByNurse, t);
        visits[3].EnterRoom(TestClinic.ByNurse, t);
        return (room, visits.Skip(4).ToList(), t);
    }

    /// <summary>9:00: one patient has just gone in, one waits (8:50), one booked for 9:10 has not come, and I (9:15) wait.</summary>
    private static (WaitingRoomDay Room, Visit Me, DateTimeOffset Now) WithOneBookedNotHere()
    {
        var inRoom = TestClinic.Appointment("InRoom", hour: 8, minute: 45);
        var waiting = TestClinic.Appointment("Waiting", hour: 8, minute: 50);
        var notHere = TestClinic.Appointment("NotHere", hour: 9, minute: 10);
        var mine = TestClinic.Appointment("Mine", hour: 9, minute: 15);
        var room = TestClinic.Open(inRoom, waiting, notHere, mine);
        var now = TestClinic.At(9, 0);
        var current = room.CheckInAsBooked(inRoom, TestClinic.At(8, 40));
        current.Call("Room 1", TestClinic.ByNurse, now);
        current.EnterRoom(TestClinic.ByNurse, now);
        room.CheckInAsBooked(waiting, TestClinic.At(8, 40));
        var me = room.CheckInAsBooked(mine, TestClinic.At(8, 55));
        return (room, me, now);
    }

    private static void Seen(Visit visit, DateTimeOffset calledAt, int minutes)
    {
        visit.Call("Room 1", TestClinic.ByNurse, calledAt);
        visit.EnterRoom(TestClinic.ByNurse, calledAt);
        visit.Complete(TestClinic.ByNurse, calledAt.AddMinutes(minutes));
    }
}
