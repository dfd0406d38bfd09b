using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>What the patient is told does not creep up in small steps; it rises once, with its reason.</summary>
public sealed class SteadyEstimatesTests
{
    private static readonly DateTimeOffset Start = TestClinic.At(9, 0);

    [Test]
    public void A_rise_that_stays_inside_the_range_told_is_held()
    {
        var (steady, script, visit) = Steady(20);
        var first = steady.Estimate(Room, Start)[visit];

        script.Likely = 28; // told 10–40, likely 20: 28 is still inside what they were told
        var later = steady.Estimate(Room, Start.AddMinutes(5))[visit];

        Assert.That(first.LikelyMinutes, Is.EqualTo(20));
        Assert.That(later, Is.EqualTo(first));
    }

    [Test]
    public void A_rise_beyond_the_range_told_is_shown_once_with_its_reason()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start);

        script.Likely = 45;
        script.Reason = "Dr Adams is running about 25 min behind.";
        var risen = steady.Estimate(Room, Start.AddMinutes(1))[visit];
        script.Likely = 47;
        var after = steady.Estimate(Room, Start.AddMinutes(2))[visit];

        Assert.That(risen.LikelyMinutes, Is.EqualTo(45));
        Assert.That(risen.Reason, Is.EqualTo("Dr Adams is running about 25 min behind."));
        Assert.That(after.LikelyMinutes, Is.EqualTo(45), "the small wobble after the rise is held");
    }

    [Test]
    public void Good_news_of_more_than_five_minutes_is_shown_at_once()
    {
        var (steady, script, visit) = Steady(30);
        steady.Estimate(Room, Start);

        script.Likely = 12;
        var sooner = steady.Estimate(Room, Start.AddMinutes(1))[visit];

        Assert.That(sooner.LikelyMinutes, Is.EqualTo(12));
    }

    [Test]
    public void A_patient_no_longer_waiting_is_forgotten_and_starts_fresh_if_they_wait_again()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start);

        script.Waiting = false;
        var gone = steady.Estimate(Room, Start.AddMinutes(1));
        script.Waiting = true;
        script.Likely = 22;
        var again = steady.Estimate(Room, Start.AddMinutes(2))[visit];

        Assert.That(gone, Is.Empty);
        Assert.That(again.LikelyMinutes, Is.EqualTo(22));
    }

    private static WaitingRoomDay Room { get; } = TestClinic.Open();

    private static (SteadyEstimates Steady, Script Script, Guid Visit) Steady(int likely)
    {
        var script = new Script { Likely = likely };
        return (new SteadyEstimates(script), script, script.Visit);
    }

    private sealed class Script : IWaitEstimator
    {
        public Guid Visit { get; } = Guid.NewGuid();
        public int Likely { get; set; }
        public string Reason { get; set; } = "2 people are ahead of you for Dr Adams.";
        public bool Waiting { get; set; } = true;

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now) =>
            Waiting ? new Dictionary<Guid, WaitEstimate> { [Visit] = new(Likely / 2, Likely, Likely * 2, Reason) } : [];
    }
}
