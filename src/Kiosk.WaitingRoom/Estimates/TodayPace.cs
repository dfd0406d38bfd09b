namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// How much quicker or slower a provider is today than their history says, as a shift of the
/// logarithm of every visit length, learned from today's finished visits as they come.
/// <para>
/// Most days a provider is their usual self, give or take a little; now and then today is not
/// like the past (a locum on their list, a new clinician, a hard day). So the shift has a prior of
/// two parts: a narrow one (<see cref="SteadySd"/>) that most days fall in, and a wide one
/// (<see cref="ChangedSd"/>) with a small share (<see cref="ChangeChance"/>). A few visits a little
/// off the usual barely move the estimate; a run of visits far off it makes the wide part the
/// likely one, and the pace then follows today's visits almost as fast as they come. Each forecast
/// run draws its own shift from what today has shown, so while the evidence is thin the range
/// says so.
/// </para>
/// </summary>
public sealed class TodayPace
{
    public const double SteadySd = 0.06;
    public const double ChangedSd = 0.35;
    public const double ChangeChance = 0.1;

    private readonly double _steadyMean;
    private readonly double _steadySd;
    private readonly double _changedMean;
    private readonly double _changedSd;

    /// <param name="residuals">Today's visits: log(real minutes) − the usual log length, with the usual spread of that visit.</param>
    public TodayPace(IEnumerable<(double Residual, double Spread)> residuals)
    {
        // Precision-weighted: a visit type that varies a lot says less about the pace.
        double sum = 0, precision = 0;
        foreach (var (residual, spread) in residuals)
        {
            var w = 1 / Math.Max(spread * spread, 0.01);
            sum += residual * w;
            precision += w;
            Visits++;
        }

        (_steadyMean, _steadySd) = Posterior(sum, precision, SteadySd);
        (_changedMean, _changedSd) = Posterior(sum, precision, ChangedSd);
        if (precision == 0)
        {
            ChangedWeight = ChangeChance;
            return;
        }

        // Which part of the prior explains today's mean better: its density under each, weighed by how common each is.
        var mean = sum / precision;
        var steady = (1 - ChangeChance) * Density(mean, (SteadySd * SteadySd) + (1 / precision));
        var changed = ChangeChance * Density(mean, (ChangedSd * ChangedSd) + (1 / precision));
        ChangedWeight = changed / (steady + changed);
    }

    public static TodayPace Usual { get; } = new([]);

    /// <summary>How many of today's visits it learned from.</summary>
    public int Visits { get; }

    /// <summary>The chance that today is unlike the usual pace, given what it has shown.</summary>
    public double ChangedWeight { get; }

    /// <summary>The expected shift of log visit length today.</summary>
    public double Mean => ((1 - ChangedWeight) * _steadyMean) + (ChangedWeight * _changedMean);

    /// <summary>Today's visits take this many times their usual length, as far as today shows.</summary>
    public double Factor => Math.Exp(Mean);

    /// <summary>One imagined day's shift.</summary>
    public double Draw(Random random) =>
        random.NextDouble() < ChangedWeight
            ? _changedMean + (_changedSd * random.Normal())
            : _steadyMean + (_steadySd * random.Normal());

    private static (double Mean, double Sd) Posterior(double sum, double precision, double priorSd)
    {
        var total = precision + (1 / (priorSd * priorSd));
        return (sum / total, Math.Sqrt(1 / total));
    }

    private static double Density(double x, double variance) => Math.Exp(-x * x / (2 * variance)) / Math.Sqrt(variance);
}
