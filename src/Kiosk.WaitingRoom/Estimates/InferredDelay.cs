namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// "Dr Lee seems about 15 min behind", read off the room for reception to confirm. The rule:
/// a provider's longest-ready booked patient — here, not yet called — has been ready for at least
/// <see cref="ThresholdMinutes"/>. Ready means the later of their appointment time and their
/// arrival, so a patient who came late does not make the provider look late; walk-ins have no
/// time to be late against. This covers both a first patient not called at the start of the day
/// and a patient in the room far longer than booked. Minutes are rounded to fives. Nothing is
/// inferred while a delay at least <see cref="ThresholdMinutes"/> short of it is already in force.
/// </summary>
public static class InferredDelay
{
    public const int ThresholdMinutes = 10;
    public const int MaxMinutes = 240;

    public static int? For(WaitingRoomDay room, string providerId, DateTimeOffset now)
    {
        var ready = room.Queue(providerId)
            .Where(v => !v.Appointment.WalkIn && v.ArrivedAt is not null)
            .Select(v => v.ArrivedAt!.Value > v.Appointment.StartsAt ? v.ArrivedAt.Value : v.Appointment.StartsAt)
            .DefaultIfEmpty(now)
            .Min();
        var behind = (now - ready).TotalMinutes;
        if (behind < ThresholdMinutes)
        {
            return null;
        }

        var minutes = Math.Min(MaxMinutes, (int)Math.Round(behind / 5, MidpointRounding.AwayFromZero) * 5);
        var told = room.DelayOf(providerId)?.Minutes ?? 0;
        return minutes >= told + ThresholdMinutes ? minutes : null;
    }
}
