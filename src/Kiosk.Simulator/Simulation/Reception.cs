using Kiosk.WaitingRoom;

namespace Kiosk.Simulator.Simulation;

/// <summary>
/// What the front desk notices and says about lateness: a provider not started 10 minutes after
/// their start (and every 10 minutes after), and how far behind their booked patients are
/// called, said again when it moves by 10 minutes or more.
/// </summary>
internal sealed class Reception(WaitingRoomDay room, SimClock clock, DayLog log)
{
    public const long FirstLateCheck = 10 * 60;
    private const int Step = 5;
    private const int Threshold = 10;

    public void NotStartedYet(ProviderState provider, long now)
    {
        var minutes = Round((now - SimClock.Seconds(provider.Spec.Start)) / 60.0);
        Say(provider, minutes, $"{provider.Spec.Name} has not started yet", now);
    }

    public void Started(ProviderState provider, long now)
    {
        if (provider.SaidDelay > 0)
        {
            var late = Round((now - SimClock.Seconds(provider.Spec.Start)) / 60.0);
            Say(provider, late, $"{provider.Spec.Name} started {late} minutes late", now);
        }
    }

    public void Called(ProviderState provider, PlannedPatient patient, long now)
    {
        if (!patient.OnTime || patient.Booking is not { } booking)
        {
            return;
        }

        var behind = Round(Math.Max(0, (clock.At(now) - booking.StartsAt).TotalMinutes));
        if (behind == 0 && provider.SaidDelay > 0)
        {
            Say(provider, 0, $"{provider.Spec.Name} is back on time", now);
        }
        else if (Math.Abs(behind - provider.SaidDelay) >= Threshold)
        {
            Say(provider, behind, $"{provider.Spec.Name} is running about {behind} minutes behind", now);
        }
    }

    private void Say(ProviderState provider, int minutes, string reason, long now)
    {
        room.SetProviderDelay(provider.Id, minutes, reason, "reception", clock.At(now));
        provider.SaidDelay = minutes;
        log.Delay(provider.Id, minutes, reason, now);
    }

    private static int Round(double minutes) => (int)Math.Round(minutes / Step, MidpointRounding.AwayFromZero) * Step;
}
