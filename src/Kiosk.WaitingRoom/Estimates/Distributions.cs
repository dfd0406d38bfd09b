namespace Kiosk.WaitingRoom.Estimates;

/// <summary>The few random draws the forecast needs, from one seeded source so a forecast is repeatable.</summary>
internal static class Distributions
{
    public static double Normal(this Random random)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm away from zero.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double LogNormal(this Random random, double logMean, double logSd) => Math.Exp(logMean + (logSd * random.Normal()));

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    /// <summary>One of the observed values, at random: the clinic's own history as the distribution.</summary>
    public static double Pick(this Random random, IReadOnlyList<double> samples) => samples[random.Next(samples.Count)];

    /// <summary>The q-quantile of values that are sorted in place.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
