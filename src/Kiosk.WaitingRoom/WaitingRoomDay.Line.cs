using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>Each provider's line: who is called next, by appointment time and the clinic's walk-in policy.</summary>
public sealed partial class WaitingRoomDay
{
    /// <summary>The patients waiting for one provider, first to be called first, by the clinic's walk-in policy.</summary>
    public IReadOnlyList<Visit> Queue(string providerId) =>
        InCallingOrder(_visits.Where(v => v.IsWaiting && v.ProviderId == providerId)).ToList();

    /// <summary>1 for the next patient to be called; null when the visit is not waiting.</summary>
    public int? PlaceInLine(Visit visit)
    {
        if (!visit.IsWaiting)
        {
            return null;
        }

        var queue = Queue(visit.ProviderId);
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue[i].Id == visit.Id)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Every waiting patient's <see cref="PlaceInLine"/> at once, from one sort of each provider's line:
    /// the views need them all after each change, and a sort per patient is quadratic in a busy room.
    /// </summary>
    public IReadOnlyDictionary<Guid, int> PlacesInLine()
    {
        var places = new Dictionary<Guid, int>();
        foreach (var line in _visits.Where(v => v.IsWaiting).GroupBy(v => v.ProviderId))
        {
            var place = 0;
            foreach (var visit in InCallingOrder(line))
            {
                places.TryAdd(visit.Id, ++place); // a repeated id keeps its first place, as PlaceInLine finds it
            }
        }

        return places;
    }

    /// <summary>
    /// Booked patients first when walk-ins wait until they are seen, then by appointment time (a walk-in's is their
    /// arrival), then by arrival. The sort is stable, so ties beyond that keep the order the visits arrived in the list.
    /// </summary>
    private IOrderedEnumerable<Visit> InCallingOrder(IEnumerable<Visit> line) => line
        .OrderBy(v => Clinic.WalkIns == WalkInPolicy.AfterBooked && v.Appointment.WalkIn ? 1 : 0)
        .ThenBy(v => v.Appointment.StartsAt)
        .ThenBy(v => v.ArrivedAt);
}
