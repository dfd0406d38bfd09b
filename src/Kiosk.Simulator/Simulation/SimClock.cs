using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Simulation;

/// <summary>Simulated time is whole seconds since the clinic's local midnight; the domain gets instants.</summary>
internal sealed class SimClock(ClinicProfile clinic, DateOnly day)
{
    private const long SecondsPerDay = 24 * 60 * 60;

    public static long Seconds(TimeOnly time) => time.Ticks / TimeSpan.TicksPerSecond;

    public static long Seconds(double minutes) => (long)Math.Round(minutes * 60);

    public DateTimeOffset At(long seconds)
    {
        var clamped = Math.Max(0, seconds);
        var time = TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(clamped % SecondsPerDay));
        return clinic.At(day.AddDays((int)(clamped / SecondsPerDay)), time);
    }
}
