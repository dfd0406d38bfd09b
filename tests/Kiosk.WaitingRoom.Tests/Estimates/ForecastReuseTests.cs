using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// The hub's estimator forecasts again only the lines a change touched within a clock minute: someone
/// joining Dr Adams' line does not make every one of Dr Baker's patients' ranges jump by the chance of a
/// new draw, and does not cost a forecast of Dr Baker's line. When the minute turns, every line is new.
/// </summary>
public sealed class ForecastReuseTests
{
    private static readonly FixedHistory History = new(ClinicHistory.Empty);

    [Test]
    public void Someone_joining_one_line_is_forecast_with_that_line_and_the_other_line_keeps_its_ranges()
    {
        var (room, adams, baker) = TwoLines();
        var reusing = new QueueForecastEstimator(History, reuseWithinMinute: true);
        var before = reusing.Estimate(room, TestClinic.At(9).AddSeconds(10));

        var walkIn = room.WalkIn(Guid.NewGuid(), new PatientIdentity("Wan", "Walker", TestClinic.BornOn), TestClinic.Adams, TestClinic.Checkup,
            TestClinic.ByKiosk, TestClinic.At(9).AddSeconds(30)).Visit;
        var at = TestClinic.At(9).AddSeconds(40);
        var after = reusing.Estimate(room, at);
        var afresh = new QueueForecastEstimator(History).Estimate(room, at);

        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in baker)
            {
                Assert.That(after[visit.Id], Is.SameAs(before[visit.Id]), $"{visit.Ticket.Code}'s range stands: nothing changed in Dr Baker's line");
            }

            foreach (var visit in adams.Append(walkIn))
            {
                Assert.That(Numbers(after[visit.Id]), Is.EqualTo(Numbers(afresh[visit.Id])), $"{visit.Ticket.Code} is forecast with the line as it now is");
            }

            Assert.That(after[walkIn.Id].Reason, Does.Contain("people are ahead of you for Dr Adams"));
        }
    }

    [Test]
    public void A_delay_said_for_a_provider_is_in_their_patients_ranges_within_the_same_minute()
    {
        var (room, _, baker) = TwoLines();
        var reusing = new QueueForecastEstimator(History, reuseWithinMinute: true);
        var before = reusing.Estimate(room, TestClinic.At(9).AddSeconds(5));

        room.SetProviderDelay(TestClinic.Baker, 30, "", TestClinic.ByNurse, TestClinic.At(9).AddSeconds(20), LateReason.Emergency);
        var after = reusing.Estimate(room, TestClinic.At(9).AddSeconds(25));

        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in baker)
            {
                Assert.That(before[visit.Id].Reason, Does.Not.Contain("behind"));
                Assert.That(after[visit.Id].Reason, Does.StartWith("Dr Baker is running about 30 min behind because of an emergency."));
            }
        }
    }

    [Test]
    public void When_the_minute_turns_every_line_is_forecast_afresh()
    {
        var (room, adams, baker) = TwoLines();
        var reusing = new QueueForecastEstimator(History, reuseWithinMinute: true);
        var before = reusing.Estimate(room, TestClinic.At(9).AddSeconds(10));

        var next = TestClinic.At(9, 1).AddSeconds(5);
        var after = reusing.Estimate(room, next);
        var afresh = new QueueForecastEstimator(History).Estimate(room, next);

        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in adams.Concat(baker))
            {
                Assert.That(after[visit.Id], Is.Not.SameAs(before[visit.Id]));
                Assert.That(Numbers(after[visit.Id]), Is.EqualTo(Numbers(afresh[visit.Id])), $"{visit.Ticket.Code} as a fresh forecast at 9:01 says");
            }
        }
    }

    private static (int, int, int) Numbers(WaitEstimate e) => (e.LowMinutes, e.LikelyMinutes, e.HighMinutes);

    /// <summary>Three waiting for Dr Adams and three for Dr Baker, one of each with the provider.</summary>
    private static (WaitingRoomDay Room, List<Visit> Adams, List<Visit> Baker) TwoLines()
    {
        var appointments = new List<Appointment>();
        foreach (var provider in new[] { TestClinic.Adams, TestClinic.Baker })
        {
            for (var i = 0; i < 4; i++)
            {
                appointments.Add(TestClinic.Appointment($"{provider}-{i}", provider, hour: 8 + ((30 + (i * 10)) / 60), minute: (30 + (i * 10)) % 60));
            }
        }

        var room = TestClinic.Open([.. appointments]);
        var visits = appointments.Select(a => room.CheckInAsBooked(a, a.StartsAt.AddMinutes(-10))).ToList();
        visits[0].Call("Room 1", TestClinic.ByNurse, TestClinic.At(8, 55));
        visits[4].Call("Room 2", TestClinic.ByNurse, TestClinic.At(8, 56));
        return (room, [.. room.Queue(TestClinic.Adams)], [.. room.Queue(TestClinic.Baker)]);
    }
}
