using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Estimates;

public sealed class PeopleAheadEstimatorTests
{
    private static readonly DateTimeOffset Now = TestClinic.At(9, 0);

    [Test]
    public void The_first_patient_is_told_they_are_next_with_a_small_range()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, TestClinic.At(8, 50));

        var estimate = new PeopleAheadEstimator().Estimate(room, Now)[visit.Id];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(estimate.LowMinutes, Is.Zero);
            Assert.That(estimate.LikelyMinutes, Is.Zero);
            Assert.That(estimate.HighMinutes, Is.InRange(1, 5));
            Assert.That(estimate.Reason, Is.EqualTo("Nobody is ahead of you. It depends on when Dr Adams finishes with the patient before you."));
        }
    }

    [Test]
    public void The_likely_wait_is_the_booked_minutes_of_everyone_ahead_rounded_to_5()
    {
        // Check-up 15, quick question 7, long visit 30 minutes.
        var (room, queue) = AdamsQueue(TestClinic.Checkup, TestClinic.QuickQuestion, TestClinic.LongVisit, TestClinic.Checkup);

        var estimates = new PeopleAheadEstimator().Estimate(room, Now);

        var likely = queue.Select(v => estimates[v.Id].LikelyMinutes);
        Assert.That(likely, Is.EqualTo(new[] { 0, 15, 20, 50 })); // 0, 15, 22 → 20, 52 → 50
    }

    [Test]
    public void Every_range_holds_its_likely_wait()
    {
        var (room, queue) = AdamsQueue(TestClinic.Checkup, TestClinic.QuickQuestion, TestClinic.LongVisit, TestClinic.Checkup);

        var estimates = new PeopleAheadEstimator().Estimate(room, Now);

        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in queue)
            {
                var estimate = estimates[visit.Id];
                Assert.That(estimate.LowMinutes, Is.LessThanOrEqualTo(estimate.LikelyMinutes), visit.Ticket.Code);
                Assert.That(estimate.HighMinutes, Is.GreaterThan(estimate.LikelyMinutes), visit.Ticket.Code);
            }
        }
    }

    [Test]
    public void The_reason_names_the_provider_and_the_people_ahead_and_says_the_range_is_wide()
    {
        var (room, queue) = AdamsQueue(TestClinic.Checkup, TestClinic.Checkup, TestClinic.Checkup);

        var estimates = new PeopleAheadEstimator().Estimate(room, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(estimates[queue[1].Id].Reason, Does.StartWith("1 person ahead of you for Dr Adams."));
            Assert.That(estimates[queue[2].Id].Reason, Does.StartWith("2 people ahead of you for Dr Adams."));
            Assert.That(estimates[queue[2].Id].Reason, Does.Contain("range is wide"));
        }
    }

    [Test]
    public void A_called_patient_no_longer_counts_ahead()
    {
        var (room, queue) = AdamsQueue(TestClinic.Checkup, TestClinic.Checkup, TestClinic.Checkup);
        var estimator = new PeopleAheadEstimator();
        var before = estimator.Estimate(room, Now)[queue[2].Id];

        queue[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 5));
        var after = estimator.Estimate(room, TestClinic.At(9, 5))[queue[2].Id];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.LikelyMinutes, Is.EqualTo(30));
            Assert.That(after.LikelyMinutes, Is.EqualTo(15));
            Assert.That(after.Reason, Does.StartWith("1 person ahead"));
        }
    }

    [Test]
    public void Patients_of_another_provider_do_not_change_the_estimate()
    {
        var adamsFirst = TestClinic.Appointment("Okafor", TestClinic.Adams, hour: 9);
        var adamsSecond = TestClinic.Appointment("Nguyen", TestClinic.Adams, hour: 10);
        var bakerEarly = TestClinic.Appointment("Haddad", TestClinic.Baker, hour: 8, visitType: TestClinic.LongVisit);
        var bakerLater = TestClinic.Appointment("Lindqvist", TestClinic.Baker, hour: 9, visitType: TestClinic.LongVisit);
        var room = TestClinic.Open(adamsFirst, adamsSecond, bakerEarly, bakerLater);
        room.CheckInAsBooked(adamsFirst, TestClinic.At(8, 40));
        var waiting = room.CheckInAsBooked(adamsSecond, TestClinic.At(8, 41));
        var estimator = new PeopleAheadEstimator();
        var alone = estimator.Estimate(room, Now)[waiting.Id];

        room.CheckInAsBooked(bakerEarly, TestClinic.At(8, 42));
        room.CheckInAsBooked(bakerLater, TestClinic.At(8, 43));
        var withOthers = estimator.Estimate(room, Now)[waiting.Id];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withOthers, Is.EqualTo(alone));
            Assert.That(withOthers.LikelyMinutes, Is.EqualTo(15));
        }
    }

    [Test]
    public void Nobody_who_is_not_waiting_gets_an_estimate()
    {
        Appointment[] booked =
        [
            TestClinic.Appointment("Okafor", hour: 8),
            TestClinic.Appointment("Nguyen", hour: 9),
            TestClinic.Appointment("Haddad", hour: 10),
            TestClinic.Appointment("Lindqvist", hour: 11),
            TestClinic.Appointment("Abebe", hour: 12),
        ];
        var room = TestClinic.Open(booked);
        var called = room.CheckInAsBooked(booked[0], TestClinic.At(7, 50));
        var left = room.CheckInAsBooked(booked[1], TestClinic.At(7, 51));
        var cancelled = room.CheckInAsBooked(booked[2], TestClinic.At(7, 52));
        var waiting = room.CheckInAsBooked(booked[3], TestClinic.At(7, 53));
        called.Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 0));
        left.MarkLeft(TestClinic.ByNurse, TestClinic.At(8, 10));
        cancelled.Cancel(TestClinic.ByNurse, TestClinic.At(8, 20));

        var estimates = new PeopleAheadEstimator().Estimate(room, Now);

        Assert.That(estimates.Keys, Is.EquivalentTo(new[] { waiting.Id }));
    }

    /// <summary>Dr Adams's waiting patients, booked an hour apart from 9:00 in the order given.</summary>
    private static (WaitingRoomDay Room, IReadOnlyList<Visit> Queue) AdamsQueue(params string[] visitTypes)
    {
        var booked = visitTypes
            .Select((type, i) => TestClinic.Appointment($"Patient{i}", TestClinic.Adams, hour: 9 + i, visitType: type))
            .ToArray();
        var room = TestClinic.Open(booked);
        var queue = booked.Select(a => room.CheckInAsBooked(a, TestClinic.At(8, 30))).ToList();
        return (room, queue);
    }
}
