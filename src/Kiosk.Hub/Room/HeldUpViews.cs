using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

/// <summary>
/// Providers held up while patients wait, for the board: read off the estimates the snapshot
/// already made (every waiting patient of a provider carries the same hold-up), not a second forecast.
/// </summary>
public static class HeldUpViews
{
    public static IReadOnlyList<ProviderHeldUp> From(WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> estimates, DateTimeOffset now) =>
        [.. room.Clinic.Providers
            .Select(p => (Provider: p, Queue: room.Queue(p.Id)))
            .Select(x => (x.Provider, x.Queue, Held: x.Queue.Select(v => estimates.GetValueOrDefault(v.Id)?.HeldUp).FirstOrDefault(h => h is not null)))
            .Where(x => x.Held?.IsNews(now) == true) // as patients are told
            .Select(x => new ProviderHeldUp(x.Provider.Id, x.Provider.Name, Kind(x.Held!.Kind), x.Held.Since, x.Held.LikelyBackAt, x.Queue.Count)
            {
                InRoomSince = x.Held.VisitStartedAt,
            })];

    private static HoldUpKind Kind(HoldUp kind) => kind switch
    {
        HoldUp.BetweenPatients => HoldUpKind.BetweenPatients,
        HoldUp.LunchOver => HoldUpKind.LunchOver,
        HoldUp.LongVisit => HoldUpKind.LongVisit,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
