namespace Kiosk.Simulator.Randomness;

/// <summary>The draws a simulated day needs, all from one seeded <see cref="Random"/> so a day is repeatable.</summary>
internal static class RandomDraws
{
    public static double StandardNormal(this Random random)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm away from zero.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Normal(this Random random, double mean, double sd) => mean + (sd * random.StandardNormal());

    /// <summary>A normal draw where below zero means zero: "on time" is common, "early" is not a thing.</summary>
    public static double NonNegativeNormal(this Random random, double mean, double sd) => Math.Max(0, random.Normal(mean, sd));

    public static double LogNormal(this Random random, double median, double sigma) => median * Math.Exp(sigma * random.StandardNormal());

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>One item, with chances in proportion to the weights (at least one must be positive).</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(i => Math.Max(0, weight(i)));
        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= Math.Max(0, weight(item));
            if (target < 0)
            {
                return item;
            }
        }

        return items.Last(i => weight(i) > 0);
    }

    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
