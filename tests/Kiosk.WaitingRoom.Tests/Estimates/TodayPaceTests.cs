using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// Today's pace: a provider a little off their usual self is taken as their usual self, and one
/// far off it (a locum on their list) is followed as soon as a few visits show it, with a range
/// that says how sure that is.
/// </summary>
public sealed class TodayPaceTests
{
    private const double Spread = 0.4;

    [Test]
    public void With_no_visit_finished_today_the_pace_is_the_usual_one()
    {
        var pace = new TodayPace([]);

        Assert.That(pace.Factor, Is.EqualTo(1).Within(1e-9));
        Assert.That(pace.ChangedWeight, Is.EqualTo(TodayPace.ChangeChance));
    }

    [Test]
    public void A_few_visits_a_little_slower_than_usual_barely_move_the_pace()
    {
        var pace = new TodayPace(Visits(count: 6, factor: 1.1));

        Assert.That(pace.Factor, Is.InRange(1.0, 1.04));
        Assert.That(pace.ChangedWeight, Is.LessThan(TodayPace.ChangeChance + 0.05));
    }

    [Test]
    public void A_run_of_visits_half_as_long_again_as_usual_makes_today_slower_and_the_more_visits_the_closer_to_what_they_show()
    {
        var after5 = new TodayPace(Visits(count: 5, factor: 1.5));
        var after10 = new TodayPace(Visits(count: 10, factor: 1.5));
        var after20 = new TodayPace(Visits(count: 20, factor: 1.5));

        Assert.That(after5.Factor, Is.GreaterThan(1.08), "five visits could still be chance, but they move it");
        Assert.That(after10.Factor, Is.GreaterThan(1.2));
        Assert.That(after20.Factor, Is.InRange(1.35, 1.5));
        Assert.That(after20.ChangedWeight, Is.GreaterThan(0.95));
    }

    [Test]
    public void A_quicker_day_is_followed_as_a_slower_one()
    {
        var pace = new TodayPace(Visits(count: 20, factor: 0.7));

        Assert.That(pace.Factor, Is.InRange(0.7, 0.8));
    }

    [Test]
    public void A_few_visits_far_off_the_usual_spread_the_drawn_paces_wider_than_a_day_plainly_at_the_usual_pace()
    {
        var thin = Width(new TodayPace(Visits(count: 3, factor: 1.5)));
        var plain = Width(new TodayPace(Visits(count: 30, factor: 1.0)));

        Assert.That(thin, Is.GreaterThan(plain * 2));
    }

    /// <summary>Visits whose real lengths are <paramref name="factor"/> times the usual, with the usual scatter around that.</summary>
    private static IEnumerable<(double Residual, double Spread)> Visits(int count, double factor)
    {
        // A fixed, symmetric scatter: the mean of the log residuals is exactly log(factor).
        double[] scatter = [-0.3, 0.3, -0.1, 0.1, 0];
        return Enumerable.Range(0, count).Select(i => (Math.Log(factor) + (count % 5 == 0 ? scatter[i % 5] : 0), Spread));
    }

    /// <summary>The middle 80 % of many drawn paces.</summary>
    private static double Width(TodayPace pace)
    {
        var random = new Random(7);
        var draws = Enumerable.Range(0, 4000).Select(_ => pace.Draw(random)).Order().ToArray();
        return draws[3600] - draws[400];
    }
}
