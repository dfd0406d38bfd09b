using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// What the patient is told is a window on the clock: it counts down, does not creep up in small
/// steps, and rises once, with its reason.
/// </summary>
public sealed class SteadyEstimatesTests
{
    private static readonly DateTimeOffset Start = TestClinic.At(9, 0);

    [Test]
    public void A_rise_that_stays_inside_the_range_told_is_held()
    {
        var (steady, script, visit) = Steady(20);
        var first = steady.Estimate(Room, Start)[visit];

        script.Likely = 28; // told 10–40 at 9:00; at 9:05 that is 5–35, and 28 is still inside it
        var later = steady.Estimate(Room, Start.AddMinutes(5))[visit];

        Assert.That(first.LikelyMinutes, Is.EqualTo(20));
        Assert.That((later.LowMinutes, later.LikelyMinutes, later.HighMinutes), Is.EqualTo((5, 15, 35)), "the same 9:20 promise, five minutes on");
    }

    [Test]
    public void A_rise_beyond_the_range_told_is_shown_once_with_its_reason()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start);

        script.Likely = 50; // told 10–40 at 9:00: by 9:40; now likely 9:51
        script.Reason = "Dr Adams is running about 25 min behind.";
        var risen = steady.Estimate(Room, Start.AddMinutes(1))[visit];
        script.Likely = 52;
        var after = steady.Estimate(Room, Start.AddMinutes(2))[visit];

        Assert.That(risen.LikelyMinutes, Is.EqualTo(50));
        Assert.That(risen.Reason, Is.EqualTo("Dr Adams is running about 25 min behind."));
        Assert.That(after.LikelyMinutes, Is.EqualTo(49), "the small wobble after the rise is held: still 9:51");
    }

    [Test]
    public void A_promise_that_holds_says_how_the_room_is_now_not_how_it_was_when_it_was_made()
    {
        var (steady, script, visit) = Steady(30);
        script.Reason = "4 people are ahead of you for Dr Adams.";
        steady.Estimate(Room, Start);

        script.Likely = 24; // two called quickly: the fresh range 12–48 still fits the 9:30 promise
        script.Reason = "2 people are ahead of you for Dr Adams.";
        var held = steady.Estimate(Room, Start.AddMinutes(1))[visit];

        Assert.That(held.LikelyMinutes, Is.EqualTo(29), "the promise stands");
        Assert.That(held.Reason, Is.EqualTo("2 people are ahead of you for Dr Adams."));
    }

    [Test]
    public void A_likely_time_at_most_five_minutes_past_the_window_holds_the_promise()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start); // 10–40: by 9:40

        script.Likely = 44; // likely 9:45, but 22–88 overlaps what was said
        var held = steady.Estimate(Room, Start.AddMinutes(1))[visit];

        Assert.That(held.LikelyMinutes, Is.EqualTo(19));
    }

    [Test]
    public void Good_news_is_shown_at_once_when_the_whole_fresh_range_is_sooner()
    {
        var (steady, script, visit) = Steady(30);
        steady.Estimate(Room, Start);

        script.Likely = 12; // 6–24, all before the 9:30 promised
        var sooner = steady.Estimate(Room, Start.AddMinutes(1))[visit];

        Assert.That(sooner.LikelyMinutes, Is.EqualTo(12));
    }

    [Test]
    public void Good_news_that_is_not_yet_sure_waits()
    {
        var (steady, script, visit) = Steady(30);
        steady.Estimate(Room, Start);

        script.Likely = 20; // 10–40: might still be 9:30
        var held = steady.Estimate(Room, Start.AddMinutes(1))[visit];

        Assert.That(held.LikelyMinutes, Is.EqualTo(29));
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

    [Test]
    public void A_promise_whose_time_has_passed_is_replaced_with_the_fresh_estimate()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start); // 10–40 minutes: called by 9:40 at the latest

        script.Likely = 6;
        script.Reason = "Dr Adams's current patient is taking longer than booked.";
        var overdue = steady.Estimate(Room, Start.AddMinutes(45))[visit];

        Assert.That(overdue.LikelyMinutes, Is.EqualTo(6));
        Assert.That(overdue.Reason, Does.Contain("taking longer"));
    }

    [Test]
    public void A_promise_remembered_after_a_restart_holds_and_takes_the_current_reason()
    {
        var (steady, script, visit) = Steady(15);
        steady.Remember(visit, new WaitEstimate(10, 20, 40, ""), Start);

        var afterRestart = steady.Estimate(Room, Start.AddMinutes(10))[visit];

        Assert.That((afterRestart.LowMinutes, afterRestart.LikelyMinutes, afterRestart.HighMinutes), Is.EqualTo((0, 10, 30)));
        Assert.That(afterRestart.Reason, Is.EqualTo(script.Reason));
    }

    [Test]
    public void A_promise_stops_counting_down_while_the_provider_is_held_up_says_why_and_counts_on_when_they_are_back()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start); // 10–20–40

        script.HeldUp = new HeldUp(HoldUp.BetweenPatients, Start.AddMinutes(5));
        script.Likely = 32; // the fresh estimate allows for the time away: far past the window
        script.Reason = "Dr Adams has not called the next patient for 10 min.";
        var away = steady.Estimate(Room, Start.AddMinutes(15))[visit];
        script.HeldUp = null;
        script.Likely = 14;
        script.Reason = "Nobody is ahead of you for Dr Adams.";
        var back = steady.Estimate(Room, Start.AddMinutes(17))[visit];

        Assert.That((away.LowMinutes, away.LikelyMinutes, away.HighMinutes), Is.EqualTo((5, 15, 35)), "five minutes counted before they went, none since");
        Assert.That(away.Reason, Is.EqualTo("Dr Adams has not called the next patient for 10 min."));
        Assert.That((back.LowMinutes, back.LikelyMinutes, back.HighMinutes), Is.EqualTo((3, 13, 33)), "back: the countdown goes on");
    }

    [Test]
    public void A_promise_read_back_after_a_restart_during_a_hold_up_has_waited_since_the_hold_up_began()
    {
        var (steady, script, visit) = Steady(32);
        steady.Remember(visit, new WaitEstimate(10, 20, 40, ""), Start); // told at 9:00; the hub restarted since
        script.HeldUp = new HeldUp(HoldUp.BetweenPatients, Start.AddMinutes(5));

        var afterRestart = steady.Estimate(Room, Start.AddMinutes(15))[visit];

        Assert.That((afterRestart.LowMinutes, afterRestart.LikelyMinutes, afterRestart.HighMinutes), Is.EqualTo((5, 15, 35)), "as if the hub had never stopped: five minutes counted, none since 9:05");
    }

    [Test]
    public void A_hold_up_longer_than_a_promise_waits_lets_the_fresh_estimate_rise_once()
    {
        var (steady, script, visit) = Steady(20);
        steady.Estimate(Room, Start);

        script.HeldUp = new HeldUp(HoldUp.LunchOver, Start);
        script.Likely = 60;
        var held = steady.Estimate(Room, Start.AddMinutes(SteadyEstimates.HoldMinutes))[visit];
        var risen = steady.Estimate(Room, Start.AddMinutes(SteadyEstimates.HoldMinutes + 1))[visit];

        Assert.That(held.LikelyMinutes, Is.EqualTo(20));
        Assert.That(risen.LikelyMinutes, Is.EqualTo(60));
    }

    [Test]
    public void A_promise_made_while_the_provider_is_away_counts_down_until_they_were_likely_back_and_then_waits()
    {
        var (steady, script, visit) = Steady(20);
        script.HeldUp = new HeldUp(HoldUp.BetweenPatients, Start.AddMinutes(-5)) { LikelyBackAt = Start.AddMinutes(10) };
        steady.Estimate(Room, Start); // 10–20–40, allowing for them to be back by 9:10

        var beforeDue = steady.Estimate(Room, Start.AddMinutes(10))[visit];
        var overdue = steady.Estimate(Room, Start.AddMinutes(25))[visit];

        Assert.That(beforeDue.LikelyMinutes, Is.EqualTo(10));
        Assert.That(overdue.LikelyMinutes, Is.EqualTo(10), "still away after 9:10: the promise waits with the patient");
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
        public HeldUp? HeldUp { get; set; }

        public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now) =>
            Waiting ? new Dictionary<Guid, WaitEstimate> { [Visit] = new(Likely / 2, Likely, Likely * 2, Reason) { HeldUp = HeldUp } } : [];
    }
}
