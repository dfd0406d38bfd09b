using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Estimates;

/// <summary>
/// The first estimator: the configured length of each visit ahead in the same provider's
/// queue, added up and widened into a range. It knows nothing of lateness or history yet, so
/// it says the range is wide rather than pretending to precision.
/// </summary>
public sealed class PeopleAheadEstimator : IWaitEstimator
{
    private const double LowFactor = 0.6;
    private const double HighFactor = 1.5;
    private const int Step = 5;

    public IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now)
    {
        var estimates = new Dictionary<Guid, WaitEstimate>();
        foreach (var provider in room.Clinic.Providers)
        {
            var minutesAhead = 0;
            var queue = room.Queue(provider.Id);
            for (var ahead = 0; ahead < queue.Count; ahead++)
            {
                estimates[queue[ahead].Id] = Range(minutesAhead, ahead, provider.Name);
                minutesAhead += room.Clinic.VisitType(queue[ahead].Appointment.VisitTypeId).Minutes;
            }
        }

        return estimates;
    }

    private static WaitEstimate Range(int minutesAhead, int peopleAhead, string providerName)
    {
        if (peopleAhead == 0)
        {
            return new WaitEstimate(0, 0, Step, $"Nobody is ahead of you. It depends on when {providerName} finishes with the patient before you.");
        }

        var low = RoundDown(minutesAhead * LowFactor);
        var likely = Math.Max(RoundNearest(minutesAhead), low);
        var high = Math.Max(RoundUp((minutesAhead * HighFactor) + Step), likely + Step);
        var people = peopleAhead == 1 ? "1 person" : $"{peopleAhead} people";
        return new WaitEstimate(low, likely, high,
            $"{people} ahead of you for {providerName}. This is a first estimate from booked visit lengths, so the range is wide.");
    }

    private static int RoundDown(double minutes) => (int)Math.Floor(minutes / Step) * Step;

    private static int RoundUp(double minutes) => (int)Math.Ceiling(minutes / Step) * Step;

    private static int RoundNearest(double minutes) => (int)Math.Round(minutes / Step, MidpointRounding.AwayFromZero) * Step;
}
