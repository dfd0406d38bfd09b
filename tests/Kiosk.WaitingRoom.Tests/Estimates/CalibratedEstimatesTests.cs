using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// A range is honest when about one wait in ten falls below it and one in ten above it. When the
/// day shows the forecast is off, the range told to the next patient moves; the likely wait does not.
/// </summary>
public sealed class CalibratedEstimatesTests
{
    [Test]
    public void Waits_that_keep_falling_below_the_range_lower_its_low_end_for_the_next_patient_and_leave_the_likely_wait_alone()
    {
        var (room, calibrated) = DayOfWaits(CalibratedEstimates.MinimumScored + 10, waited: i => i % 2 == 0 ? 2 : 20);

        var next = NextPatient(room, calibrated);

        Assert.That(next.LikelyMinutes, Is.EqualTo(20));
        Assert.That(next.LowMinutes, Is.LessThanOrEqualTo(2), "half of today's waits came in at 2 minutes, far under the 10 the forecast gave as its low end");
        Assert.That(next.HighMinutes, Is.LessThan(Forecast.High), "nobody waited past 20, so the high end of 40 was too cautious");
    }

    [Test]
    public void Until_enough_patients_have_been_called_today_the_forecast_is_told_as_it_is()
    {
        var (room, calibrated) = DayOfWaits(CalibratedEstimates.MinimumScored - 1, waited: _ => 2);

        var next = NextPatient(room, calibrated);

        Assert.That((next.LowMinutes, next.LikelyMinutes, next.HighMinutes), Is.EqualTo((Forecast.Low, Forecast.Likely, Forecast.High)));
    }

    [Test]
    public void Waits_inside_the_range_as_often_as_promised_leave_it_about_where_it_was()
    {
        // Waits spread evenly over 8–42: one in ten under the low end of 10, one in ten over the high end of 40.
        var (room, calibrated) = DayOfWaits(60, waited: i => 8 + (34.0 * i / 59));

        var next = NextPatient(room, calibrated);

        Assert.That(next.LowMinutes, Is.InRange(Forecast.Low - 2, Forecast.Low + 2));
        Assert.That(next.HighMinutes, Is.InRange(Forecast.High - 2, Forecast.High + 2));
    }

    [Test]
    public void A_calibrator_started_part_way_through_the_day_tells_the_next_patient_what_one_that_watched_all_day_would()
    {
        var (room, watched) = DayOfWaits(CalibratedEstimates.MinimumScored + 10, waited: i => i % 2 == 0 ? 2 : 20);
        var restarted = new CalibratedEstimates(new Forecast()); // the hub restarted: nothing in memory

        var (visit, at) = CheckInNext(room);
        var afterRestart = restarted.Estimate(room, at)[visit];

        Assert.That(afterRestart.LowMinutes, Is.LessThan(Forecast.Low), "calibrated on the day so far, not the forecast as it is");
        Assert.That(afterRestart, Is.EqualTo(watched.Estimate(room, at)[visit]));
    }

    [Test]
    public void A_calibrator_that_recalls_the_days_first_ranges_tells_the_next_patient_the_same_without_forecasting_the_day_again()
    {
        var (room, watched) = DayOfWaits(CalibratedEstimates.MinimumScored + 10, waited: i => i % 2 == 0 ? 2 : 20);
        var kept = watched.TakeNew().ToDictionary(f => f.Visit, f => f.First);
        var forecast = new Forecast();
        var restarted = new CalibratedEstimates(forecast);
        restarted.Recall(TestClinic.Day, kept);

        var (visit, at) = CheckInNext(room);
        var afterRestart = restarted.Estimate(room, at)[visit];

        Assert.That(afterRestart, Is.EqualTo(watched.Estimate(room, at)[visit]));
        Assert.That(forecast.Calls, Is.EqualTo(1), "only the room as it is now is forecast");
    }

    [Test]
    public void Before_anyone_is_called_today_the_range_is_calibrated_on_yesterdays_first_ranges_and_the_waits_they_had()
    {
        var (yesterday, watched) = DayOfWaits(CalibratedEstimates.MinimumScored + 10, waited: i => i % 2 == 0 ? 2 : 20);
        var kept = watched.TakeNew().ToDictionary(f => f.Visit, f => f.First);
        var today = new WaitingRoomDay(TestClinic.Profile(), TestClinic.Day.AddDays(1), [TestClinic.Appointment("Today", day: TestClinic.Day.AddDays(1))], [], new Dictionary<Guid, Guid>());
        var visit = today.CheckIn(Guid.NewGuid(), today.Appointments[0].Id, "Today", TestClinic.BornOn, TestClinic.ByKiosk, Tomorrow(8, 0)).Visit;
        var calibrated = new CalibratedEstimates(new Forecast());

        calibrated.Prime(today.Day, CalibratedEstimates.Scored(yesterday, kept));
        var first = calibrated.Estimate(today, Tomorrow(8, 1))[visit.Id];

        Assert.That(calibrated.PrimedFor, Is.EqualTo(today.Day));
        Assert.That(first.LowMinutes, Is.LessThanOrEqualTo(2), "half of yesterday's waits came in at 2 minutes, under the 10 the forecast gives");
        Assert.That(first.HighMinutes, Is.LessThan(Forecast.High), "nobody waited past 20 yesterday");
        Assert.That(first.LikelyMinutes, Is.EqualTo(Forecast.Likely));
    }

    [Test]
    public void Yesterdays_first_ranges_can_be_worked_out_again_from_the_room_as_it_was_at_each_arrival()
    {
        var (yesterday, watched) = DayOfWaits(12, waited: _ => 5);
        var kept = watched.TakeNew().ToDictionary(f => f.Visit, f => f.First);

        var again = CalibratedEstimates.FirstRanges(new Forecast(), yesterday, DateTimeOffset.MaxValue);

        Assert.That(again, Is.EquivalentTo(kept));
        Assert.That(CalibratedEstimates.Scored(yesterday, again).Select(s => s.Waited), Is.All.EqualTo(5).Within(0.001));
    }

    [Test]
    public void Too_few_of_yesterdays_patients_leave_todays_first_ranges_as_the_forecast_gives_them()
    {
        var (yesterday, watched) = DayOfWaits(CalibratedEstimates.MinimumScored - 5, waited: _ => 2);
        var kept = watched.TakeNew().ToDictionary(f => f.Visit, f => f.First);
        var (today, _) = DayOfWaits(3, waited: _ => 2);
        var calibrated = new CalibratedEstimates(new Forecast());
        calibrated.Prime(TestClinic.Day, CalibratedEstimates.Scored(yesterday, kept));

        var next = NextPatient(today, calibrated);

        Assert.That((next.LowMinutes, next.LikelyMinutes, next.HighMinutes), Is.EqualTo((Forecast.Low, Forecast.Likely, Forecast.High)));
    }

    [Test]
    public void A_new_day_starts_from_the_forecast_again()
    {
        var (room, calibrated) = DayOfWaits(CalibratedEstimates.MinimumScored + 10, waited: _ => 2);
        NextPatient(room, calibrated);

        var tomorrow = new WaitingRoomDay(TestClinic.Profile(), TestClinic.Day.AddDays(1), [TestClinic.Appointment("Tomorrow", day: TestClinic.Day.AddDays(1))], [], new Dictionary<Guid, Guid>());
        var visit = tomorrow.CheckIn(Guid.NewGuid(), tomorrow.Appointments[0].Id, "Tomorrow", TestClinic.BornOn, TestClinic.ByKiosk, Tomorrow(8, 0)).Visit;
        var first = calibrated.Estimate(tomorrow, Tomorrow(8, 1))[visit.Id];

        Assert.That(first.LowMinutes, Is.EqualTo(Forecast.Low));
    }

    /// <summary>
    /// A day in which patient i arrives, is told 10–20–40 and is called <paramref name="waited"/>(i)
    /// minutes later; the calibrator looks at the room at every arrival and every call.
    /// </summary>
    private static (WaitingRoomDay Room, CalibratedEstimates Calibrated) DayOfWaits(int patients, Func<int, double> waited)
    {
        var appointments = Enumerable.Range(0, patients).Select(i => TestClinic.Appointment($"Patient{i}", hour: 8)).ToArray();
        var room = TestClinic.Open(appointments);
        var calibrated = new CalibratedEstimates(new Forecast());
        var start = TestClinic.At(7, 0);
        for (var i = 0; i < patients; i++)
        {
            var arrived = start.AddMinutes(i * 3);
            var visit = room.CheckIn(Guid.NewGuid(), appointments[i].Id, appointments[i].Patient.LastName, TestClinic.BornOn, TestClinic.ByKiosk, arrived).Visit;
            calibrated.Estimate(room, arrived);
            var called = arrived.AddMinutes(waited(i));
            visit.Call("Room 1", TestClinic.ByNurse, called);
            calibrated.Estimate(room, called);
        }

        return (room, calibrated);
    }

    private static WaitEstimate NextPatient(WaitingRoomDay room, CalibratedEstimates calibrated)
    {
        var (visit, at) = CheckInNext(room);
        return calibrated.Estimate(room, at)[visit];
    }

    /// <summary>One more patient checks in a minute after the last call.</summary>
    private static (Guid Visit, DateTimeOffset At) CheckInNext(WaitingRoomDay room)
    {
        var late = room.Visits.Max(v => v.CalledAt!.Value).AddMinutes(1);
        room.Book(TestClinic.Appointment("Next", hour: 12));
        var next = room.Appointments[^1];
        return (room.CheckIn(Guid.NewGuid(), next.Id, "Next", TestClinic.BornOn, TestClinic.ByKiosk, late).Visit.Id, late);
    }

    private static DateTimeOffset Tomorrow(int hour, int minute) => TestClinic.At(hour, minute).AddDays(1);

    /// <summary>Tells everyone waiting 10–20–40 minutes.</summary>
    private sealed class Forecast : IWaitEstimator
    {
        public const int Low = 10;
        public const int Likely = 20;
        public const int High = 40;

        public int Calls { get; private set; }

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
        {
            Calls++;
            return room.AsOf(now).Visits.Where(v => v.State == VisitState.Arrived).ToDictionary(v => v.Id, _ => new WaitEstimate(Low, Likely, High, ""));
        }
    }
}
