using Kiosk.WaitingRoom.Estimates.Baselines;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>Baseline C's range: the 10th to 90th percentile of its own past misses near the wait it predicts.</summary>
public sealed class WalkResidualsTests
{
    [Test]
    public void The_range_is_the_prediction_moved_by_the_10th_and_90th_percentile_of_past_misses()
    {
        // Forty past predictions of 20 min, missed by −10, −9, …, +29.
        var residuals = new WalkResiduals(Enumerable.Range(-10, 40).Select(miss => (20.0, 20.0 + miss)));

        var (low, high) = residuals.Range(20);

        // Interpolated percentiles of −10…29: at 3.9 places in, −6.1; at 35.1 places in, 25.1.
        Assert.That((low, high), Is.EqualTo((14, 45)));
    }

    [Test]
    public void A_short_prediction_takes_its_range_from_short_past_predictions_and_a_long_one_from_long_ones()
    {
        var shortOnes = Enumerable.Range(0, 40).Select(i => (5.0, 5.0 + ((i % 2 == 0) ? 1 : -1)));
        var longOnes = Enumerable.Range(0, 40).Select(i => (60.0, 60.0 + ((i % 2 == 0) ? 20 : -20)));
        var residuals = new WalkResiduals([.. shortOnes, .. longOnes]);

        Assert.That(residuals.Range(6), Is.EqualTo((5, 7)));
        Assert.That(residuals.Range(55), Is.EqualTo((35, 75)));
    }

    [Test]
    public void Until_enough_misses_are_known_the_range_is_half_to_one_and_a_half_times_the_prediction()
    {
        var residuals = new WalkResiduals(Enumerable.Range(0, WalkResiduals.Enough - 1).Select(_ => (20.0, 20.0)));

        Assert.That(residuals.Range(20), Is.EqualTo((10, 31)));
    }
}
