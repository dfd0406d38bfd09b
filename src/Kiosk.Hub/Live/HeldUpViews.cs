using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Live;

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
            .Where(x => x.Held is { } held && WorthSaying(held, now))
            .Select(x => new ProviderHeldUp(x.Provider.Id, x.Provider.Name, Kind(x.Held!.Kind), x.Held.Since, x.Held.LikelyBackAt, x.Queue.Count)
            {
                InRoomSince = x.Held.Kind == HoldUp.LongVisit ? InRoomSince(room, x.Provider.Id) : null,
            })];

    /// <summary>
    /// As patients are told: a minute or two with nobody is a provider fetching the next patient,
    /// not news; lunch over and a long visit are news at once.
    /// </summary>
    private static bool WorthSaying(HeldUp held, DateTimeOffset now) =>
        held.Kind != HoldUp.BetweenPatients || (int)(now - held.Since).TotalMinutes >= QueueForecastEstimator.AwaySayAfterMinutes;

    private static HoldUpKind Kind(HoldUp kind) => kind switch
    {
        HoldUp.BetweenPatients => HoldUpKind.BetweenPatients,
        HoldUp.LunchOver => HoldUpKind.LunchOver,
        HoldUp.LongVisit => HoldUpKind.LongVisit,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static DateTimeOffset? InRoomSince(WaitingRoomDay room, string providerId) => room.Visits
        .Where(v => v.ProviderId == providerId && v.State == VisitState.InRoom)
        .Select(v => v.Events.LastOrDefault(e => e.Kind == VisitEventKind.InRoom)?.At)
        .FirstOrDefault(at => at is not null);
}
