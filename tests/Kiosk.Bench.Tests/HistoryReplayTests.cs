using Kiosk.Bench;
using Kiosk.Bench.Estimates;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.History;

namespace Kiosk.Bench.Tests;

/// <summary>A hub's exported history replays exactly like the days it recorded.</summary>
public sealed class HistoryReplayTests
{
    private static Scenario QuietMorning() =>
        ScenarioLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content/scenarios/quiet-morning.json"));

    [Test]
    public void An_exported_day_scores_the_same_as_the_day_itself()
    {
        var day = ClinicSimulator.Run(QuietMorning(), ClinicSimulator.DefaultDay, seed: 3);
        var export = HistoryExport.Parse(HistoryExport.Of(day.Room.Clinic, [day.Room]).ToJson());
        var history = new FixedHistory(ClinicHistory.Empty);
        IWaitEstimator Fresh() => new SteadyEstimates(new QueueForecastEstimator(history, 50));

        var direct = DayReplay.Run(day, new Dictionary<string, IWaitEstimator> { ["ours"] = Fresh() })["ours"];
        var replayed = DayReplay.Run(export.Rooms().Single(), new Dictionary<string, IWaitEstimator> { ["ours"] = Fresh() })["ours"];

        Assert.That(replayed, Has.Count.GreaterThan(20));
        Assert.That(replayed.Select(s => (s.AtCheckIn.LikelyMinutes, s.AtCheckIn.HighMinutes, Math.Round(s.ActualMinutes, 3), s.Rises)),
            Is.EqualTo(direct.Select(s => (s.AtCheckIn.LikelyMinutes, s.AtCheckIn.HighMinutes, Math.Round(s.ActualMinutes, 3), s.Rises))));
    }

    [Test]
    public void A_history_run_scores_every_day_for_all_four_estimators()
    {
        var days = ClinicSimulator.SimulateHistory(QuietMorning(), ClinicSimulator.DefaultDay, seed: 5).Take(3).Select(d => d.Room).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, HistoryExport.Of(days[0].Clinic, days).ToJson());
        try
        {
            var options = BenchOptions.Parse(["--history", file, "--runs", "20"]);
            var results = EstimateBenchmark.Run(options.Histories, options.ForecastRuns);

            var called = days.Sum(d => d.Visits.Count(v => v.CalledAt is not null && v.CalledAt > v.ArrivedAt));
            Assert.Multiple(() =>
            {
                Assert.That(options.Scenarios, Is.Empty, "a history run replays only the history");
                Assert.That(options.WriteDoc, Is.False, "a history run leaves the published page alone");
                Assert.That(results.Select(r => r.Estimator), Is.EquivalentTo(new[] { "A", "B", "C", "ours" }));
                Assert.That(results.Select(r => r.Scenario).Distinct(), Is.EqualTo(new[] { "history:" + Path.GetFileNameWithoutExtension(file) }));
                Assert.That(results.Single(r => r.Estimator == "ours").Visits, Is.InRange(called / 2, called));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_history_file_that_is_not_an_export_is_refused_with_its_name_and_the_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-history-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"visits\": [] }");
        try
        {
            Assert.That(() => BenchOptions.Parse(["--history", file]),
                Throws.ArgumentException.With.Message.Contains(file).And.Message.Contains("Not a history export"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
