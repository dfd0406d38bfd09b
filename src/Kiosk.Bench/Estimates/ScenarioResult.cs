using System.Text.Json.Serialization;

namespace Kiosk.Bench.Estimates;

/// <summary>One row of the benchmark: one estimator on one scenario, over all its seeds.</summary>
public sealed record ScenarioResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("estimator")] string Estimator,
    [property: JsonPropertyName("visits")] int Visits,
    [property: JsonPropertyName("mae_min")] double MaeMinutes,
    [property: JsonPropertyName("p90_abs_err_min")] double P90AbsErrorMinutes,
    [property: JsonPropertyName("coverage80")] double Coverage80,
    [property: JsonPropertyName("rises_per_visit")] double RisesPerVisit,
    [property: JsonPropertyName("call_time_slips_per_visit")] double SlipsPerVisit,
    [property: JsonPropertyName("gave_up_share")] double GaveUpShare = 0,
    [property: JsonPropertyName("mae_called_only_min")] double MaeCalledOnlyMinutes = 0,
    [property: JsonPropertyName("interval_score")] double IntervalScore = 0,
    [property: JsonPropertyName("width80_min")] double Width80Minutes = 0)
{
    /// <summary>The share of waits the range told is meant to leave outside it.</summary>
    public const double Alpha = 0.2;

    [JsonIgnore]
    public bool HeldOut { get; init; }

    /// <summary>Mean of told minus waited: negative means the estimator was too optimistic.</summary>
    [JsonIgnore]
    public double BiasMinutes { get; init; }

    /// <summary>
    /// Scores every patient shown an estimate whose wait is known: those called against their
    /// wait, and those who gave up against the wait they would have had had they stayed (known on
    /// simulated days only). Scoring only those called would flatter whichever estimator guesses
    /// short: where many give up, those left are the ones whose waits turned out shorter.
    /// <see cref="MaeCalledOnlyMinutes"/> is kept to show that difference.
    /// </summary>
    public static ScenarioResult From(string scenario, string estimator, IReadOnlyList<VisitScore> all, bool heldOut)
    {
        var scores = all.Where(s => s.ScoredMinutes is not null).Select(s => (s.AtCheckIn, Waited: s.ScoredMinutes!.Value, s.Rises, s.Slips)).ToList();
        var errors = scores.Select(s => Math.Abs(s.AtCheckIn.LikelyMinutes - s.Waited)).Order().ToArray();
        var calledErrors = all.Where(s => !s.GaveUp).Select(s => Math.Abs(s.AtCheckIn.LikelyMinutes - s.ActualMinutes)).ToList();
        var covered = scores.Count(s => s.Waited >= s.AtCheckIn.LowMinutes && s.Waited <= s.AtCheckIn.HighMinutes);
        return new ScenarioResult(
            scenario,
            estimator,
            scores.Count,
            Math.Round(errors.Length == 0 ? 0 : errors.Average(), 2),
            Math.Round(Percentile(errors, 0.9), 2),
            Math.Round(scores.Count == 0 ? 0 : covered / (double)scores.Count, 3),
            Math.Round(scores.Count == 0 ? 0 : scores.Sum(s => s.Rises) / (double)scores.Count, 3),
            Math.Round(scores.Count == 0 ? 0 : scores.Sum(s => s.Slips) / (double)scores.Count, 3),
            Math.Round(all.Count == 0 ? 0 : all.Count(s => s.GaveUp) / (double)all.Count, 3),
            Math.Round(calledErrors.Count == 0 ? 0 : calledErrors.Average(), 2),
            Math.Round(scores.Count == 0 ? 0 : scores.Average(s => Winkler(s.AtCheckIn.LowMinutes, s.AtCheckIn.HighMinutes, s.Waited)), 2),
            Math.Round(scores.Count == 0 ? 0 : scores.Average(s => s.AtCheckIn.HighMinutes - s.AtCheckIn.LowMinutes), 2))
        {
            HeldOut = heldOut,
            BiasMinutes = Math.Round(scores.Count == 0 ? 0 : scores.Average(s => s.AtCheckIn.LikelyMinutes - s.Waited), 2),
        };
    }

    /// <summary>
    /// The interval (Winkler) score of an 80 % range for one wait: its width, plus 2/α times how
    /// far the wait fell outside it. Lower is better; a range can win neither by being too narrow
    /// (misses cost ten times their minutes) nor by being too wide (every minute of width costs).
    /// </summary>
    public static double Winkler(double low, double high, double actual) =>
        (high - low)
        + (actual < low ? 2 / Alpha * (low - actual) : 0)
        + (actual > high ? 2 / Alpha * (actual - high) : 0);

    private static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
