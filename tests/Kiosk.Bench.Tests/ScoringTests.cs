using Kiosk.Bench;
using Kiosk.Bench.Estimates;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Bench.Tests;

/// <summary>The benchmark's arithmetic: what it reports must be what happened.</summary>
public sealed class ScoringTests
{
    private static readonly WaitEstimate Told = new(10, 20, 30, "");

    [Test]
    public void Mae_p90_and_coverage_are_computed_from_the_estimate_told_at_check_in()
    {
        VisitScore[] scores =
        [
            new(Told, 20, 0),  // exact, inside
            new(Told, 25, 0),  // off by 5, inside
            new(Told, 35, 1),  // off by 15, outside, rose once
            new(Told, 10, 0),  // off by 10, on the edge: inside
        ];

        var result = ScenarioResult.From("s", EstimateBenchmark.Ours, scores, heldOut: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Visits, Is.EqualTo(4));
            Assert.That(result.MaeMinutes, Is.EqualTo(7.5));
            Assert.That(result.P90AbsErrorMinutes, Is.EqualTo(15));
            Assert.That(result.Coverage80, Is.EqualTo(0.75));
            Assert.That(result.RisesPerVisit, Is.EqualTo(0.25));
            Assert.That(result.BiasMinutes, Is.EqualTo(-2.5));
        });
    }

    [TestCase(20, 20, TestName = "Interval score of a wait inside the range is its width")]
    [TestCase(4, 80, TestName = "Interval score of a wait below the range adds ten times the minutes below")]
    [TestCase(33, 50, TestName = "Interval score of a wait above the range adds ten times the minutes above")]
    [TestCase(10, 20, TestName = "Interval score of a wait on the range's low end is its width")]
    public void Interval_score_of_the_80_percent_range(double waited, double score)
    {
        Assert.That(ScenarioResult.Winkler(Told.LowMinutes, Told.HighMinutes, waited), Is.EqualTo(score).Within(1e-9));
    }

    [Test]
    public void A_row_reports_the_mean_interval_score_and_the_mean_width_of_the_ranges_told()
    {
        VisitScore[] scores =
        [
            new(Told, 20, 0),                      // inside: 20
            new(Told, 4, 0),                       // 6 below: 20 + 10 × 6 = 80
            new(new WaitEstimate(0, 5, 10, ""), 13, 0), // 3 above a 10-minute range: 10 + 10 × 3 = 40
        ];

        var result = ScenarioResult.From("s", EstimateBenchmark.CompetitorWalk, scores, heldOut: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntervalScore, Is.EqualTo(46.67));
            Assert.That(result.Width80Minutes, Is.EqualTo(16.67));
            using var json = System.Text.Json.JsonDocument.Parse(EstimateReport.Json([result]));
            Assert.That(json.RootElement[0].GetProperty("interval_score").GetDouble(), Is.EqualTo(46.67));
            Assert.That(json.RootElement[0].GetProperty("width80_min").GetDouble(), Is.EqualTo(16.67));
        });
    }

    [Test]
    public void Patients_who_gave_up_are_scored_on_the_wait_they_would_have_had_and_only_counted_when_nobody_knows_it()
    {
        VisitScore[] scores =
        [
            new(Told, 20, 0),
            new(Told, 24, 0),
            new(Told, 40, 2, GaveUp: true, WaitIfStayed: 50), // left after 40 min, would have been called at 50: off by 30, outside
            new(Told, 90, 1, GaveUp: true),                   // a real day: how long they would have waited is unknown
        ];

        var result = ScenarioResult.From("s", EstimateBenchmark.Ours, scores, heldOut: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Visits, Is.EqualTo(3));
            Assert.That(result.MaeMinutes, Is.EqualTo(11.33));
            Assert.That(result.MaeCalledOnlyMinutes, Is.EqualTo(2), "those called alone look better than the day was");
            Assert.That(result.Coverage80, Is.EqualTo(0.667));
            Assert.That(result.RisesPerVisit, Is.EqualTo(0.667));
            Assert.That(result.BiasMinutes, Is.EqualTo(-11.33));
            Assert.That(result.GaveUpShare, Is.EqualTo(0.5));
        }
    }

    [Test]
    public void A_replay_scores_patients_who_gave_up_against_the_simulated_wait_had_they_stayed()
    {
        var day = ClinicSimulator.Run(Shipped("overbooked-afternoon"), ClinicSimulator.DefaultDay, seed: 4);
        var climbing = new ClimbingOnClock();

        var scores = DayReplay.Run(day, new Dictionary<string, IWaitEstimator> { ["climb"] = climbing })["climb"];

        var leavers = day.Visits.Where(v => v.LeftWithoutBeingSeen && climbing.Seen.Contains(v.VisitId)).ToList();
        Assert.That(leavers, Is.Not.Empty, "the afternoon has patients who give up");
        Assert.That(
            scores.Where(s => s.GaveUp).Select(s => s.WaitIfStayed),
            Is.EquivalentTo(leavers.Select(v => ClinicSimulator.WaitIfStayed(day, v))));
    }

    [Test]
    public void A_replay_scores_every_called_patient_once_and_counts_call_times_moved_later_by_more_than_five_minutes_as_slips()
    {
        var day = ClinicSimulator.Run(QuietMorning(), ClinicSimulator.DefaultDay, seed: 7);
        var climbing = new ClimbingOnClock();

        var scores = DayReplay.Run(day, new Dictionary<string, IWaitEstimator> { ["climb"] = climbing })["climb"];

        var calledAfterWaiting = day.Visits.Count(v => v.WaitMinutes is not null && climbing.Seen.Contains(v.VisitId));
        Assert.That(scores.Count(s => !s.GaveUp), Is.EqualTo(calledAfterWaiting));
        Assert.That(scores.Count(s => s.GaveUp), Is.EqualTo(day.Visits.Count(v => v.LeftWithoutBeingSeen && climbing.Seen.Contains(v.VisitId))));
        Assert.That(scores.All(s => s.AtCheckIn.LikelyMinutes == ClimbingOnClock.FirstLikely), Is.True, "the estimate told at check-in is the first one shown");
        Assert.That(scores.Sum(s => s.Slips), Is.EqualTo(climbing.BigRises));
    }

    [Test]
    public void A_call_time_that_drifts_later_two_minutes_at_a_time_slips_every_third_step()
    {
        var day = ClinicSimulator.Run(QuietMorning(), ClinicSimulator.DefaultDay, seed: 7);
        var drifting = new DriftingOnClock();

        var scores = DayReplay.Run(day, new Dictionary<string, IWaitEstimator> { ["drift"] = drifting })["drift"];

        var expected = day.Visits.Where(v => drifting.Moves.ContainsKey(v.VisitId)).Sum(v => drifting.Moves[v.VisitId] / 3);
        Assert.That(expected, Is.GreaterThan(0), "the day gives patients enough moments to drift");
        Assert.That(scores.Sum(s => s.Slips), Is.EqualTo(expected), "no single step is more than five minutes, yet every six minutes of drift is a slip");
        Assert.That(scores.Sum(s => s.Rises), Is.Zero, "the minutes shown only count down");
    }

    [Test]
    public void A_replay_scores_every_called_patient_once_and_counts_only_rises_on_screen_of_more_than_five_minutes()
    {
        var day = ClinicSimulator.Run(QuietMorning(), ClinicSimulator.DefaultDay, seed: 7);
        var climbing = new ClimbingOnScreen();

        var scores = DayReplay.Run(day, new Dictionary<string, IWaitEstimator> { ["climb"] = climbing })["climb"];

        var calledAfterWaiting = day.Visits.Count(v => v.WaitMinutes is not null && climbing.Seen.Contains(v.VisitId));
        Assert.That(scores.Count(s => !s.GaveUp), Is.EqualTo(calledAfterWaiting));
        Assert.That(scores.All(s => s.AtCheckIn.LikelyMinutes == 0), Is.True, "the estimate told at check-in is the first one shown");
        Assert.That(scores.Sum(s => s.Rises), Is.EqualTo(climbing.BigRises));
    }

    [Test]
    public void Bad_command_lines_are_refused_with_a_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => BenchOptions.Parse(["--seeds", "zero"]), Throws.ArgumentException.With.Message.Contains("--seeds takes a whole number"));
            Assert.That(() => BenchOptions.Parse(["--scenario"]), Throws.ArgumentException.With.Message.Contains("needs a value"));
            Assert.That(() => BenchOptions.Parse(["--frobnicate"]), Throws.ArgumentException.With.Message.Contains("Unknown option"));
            Assert.That(() => BenchOptions.Parse(["--scenario", "/no/such/file.json"]), Throws.ArgumentException.With.Message.Contains("/no/such/file.json"));
        });
    }

    private static Scenario QuietMorning() => Shipped("quiet-morning");

    private static Scenario Shipped(string name) => ScenarioLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, $"../../../../../kiosk-content/scenarios/{name}.json"));

    /// <summary>
    /// Tells each patient they will be called in 600 minutes, then moves that call time later by
    /// 3 and 7 minutes in turn at every moment: only the 7-minute moves are rises.
    /// </summary>
    private sealed class ClimbingOnClock : IWaitEstimator
    {
        public const int FirstLikely = 600;
        private readonly Dictionary<Guid, (DateTimeOffset CallAt, int Moves)> _told = [];

        public HashSet<Guid> Seen { get; } = [];
        public int BigRises { get; private set; }

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
        {
            var waiting = room.AsOf(now).Visits.Where(v => v.IsWaiting).Select(v => v.Id).ToList();
            var result = new Dictionary<Guid, WaitEstimate>();
            foreach (var id in waiting)
            {
                var told = _told.TryGetValue(id, out var before)
                    ? (before.CallAt.AddMinutes(before.Moves % 2 == 0 ? 3 : 7), before.Moves + 1)
                    : (now.AddMinutes(FirstLikely), 0);
                BigRises += told.Item2 % 2 == 0 && told.Item2 > 0 ? 1 : 0;
                _told[id] = told;
                Seen.Add(id);
                var likely = (int)(told.Item1 - now).TotalMinutes;
                result[id] = new WaitEstimate(0, likely, likely + 1, "");
            }

            return result;
        }
    }

    /// <summary>Tells each patient they will be called in 600 minutes, then moves that call time 2 minutes later at every moment.</summary>
    private sealed class DriftingOnClock : IWaitEstimator
    {
        private readonly Dictionary<Guid, DateTimeOffset> _callAt = [];

        public Dictionary<Guid, int> Moves { get; } = [];

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
        {
            var result = new Dictionary<Guid, WaitEstimate>();
            foreach (var id in room.AsOf(now).Visits.Where(v => v.IsWaiting).Select(v => v.Id))
            {
                if (_callAt.TryGetValue(id, out var before))
                {
                    _callAt[id] = before.AddMinutes(2);
                    Moves[id] = Moves.GetValueOrDefault(id) + 1;
                }
                else
                {
                    _callAt[id] = now.AddMinutes(600);
                    Moves[id] = 0;
                }

                // Rounded up: the minutes shown are never short of the call time by a whole minute, so three 2-minute steps are always more than five.
                var likely = (int)Math.Ceiling((_callAt[id] - now).TotalMinutes);
                result[id] = new WaitEstimate(0, likely, likely + 1, "");
            }

            return result;
        }
    }

    /// <summary>Tells each patient 0 minutes, then alternately +3 and +7 per moment: only the +7 steps are rises.</summary>
    private sealed class ClimbingOnScreen : IWaitEstimator
    {
        private readonly Dictionary<Guid, int> _told = [];

        public HashSet<Guid> Seen { get; } = [];
        public int BigRises { get; private set; }

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
        {
            var waiting = room.AsOf(now).Visits.Where(v => v.IsWaiting).Select(v => v.Id).ToList();
            var result = new Dictionary<Guid, WaitEstimate>();
            foreach (var id in waiting)
            {
                var step = 0;
                if (_told.TryGetValue(id, out var before))
                {
                    step = before % 2 == 0 ? 3 : 7;
                    BigRises += step > DayReplay.RiseMinutes ? 1 : 0;
                }

                _told[id] = before + step;
                Seen.Add(id);
                result[id] = new WaitEstimate(0, _told[id], _told[id] + 1, "");
            }

            return result;
        }
    }
}
