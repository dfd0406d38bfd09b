using System.Collections.Concurrent;
using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Live;

/// <summary>
/// Running late beyond what reception said: "Dr Lee seems about 15 min behind — Confirm / Not now"
/// on the board, and "Dr Lee is running about 20 min late" on the TV (never the reason).
/// </summary>
public sealed partial class WaitingRoomService
{
    /// <summary>"Not now" keeps a provider's suggestion away this long, unless they fall further behind.</summary>
    public static readonly TimeSpan NotNowFor = TimeSpan.FromMinutes(15);

    // A desk's "not now" is a passing preference, not part of the room's record: kept in memory
    // on this node (a restart asks again), shared by every desk through the board.
    private readonly ConcurrentDictionary<string, NotNow> _notNow = new();

    public async Task<ReceptionBoard> DismissSuggestionAsync(DismissDelaySuggestionRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await ChangeAsync((room, _, now) =>
        {
            var minutes = InferredDelay.For(room, request.ProviderId, now)
                ?? throw new DeskRefusedException($"Nothing suggests {clinic.Provider(request.ProviderId).Name} is running late now.");
            _notNow[request.ProviderId] = new NotNow(now + NotNowFor, minutes);
            log.LogInformation("Delay suggestion for {Provider} put off by the desk.", request.ProviderId);
            return Task.FromResult(new Change(Guid.Empty, [], null, BoardChanged: true));
        }, ct);
        await broadcaster.PublishAsync(snapshot, []);
        return snapshot.Board;
    }

    /// <summary>What the TV shows now: provider and minutes for each provider said to be running late.</summary>
    public async Task<IReadOnlyList<LateNotice>> LateNoticesAsync(CancellationToken ct = default) => LateNotices(await BoardAsync(ct));

    private static IReadOnlyList<LateNotice> LateNotices(ReceptionBoard board) =>
        [.. (board.RunningLate ?? []).Select(l => new LateNotice(l.ProviderName, l.Minutes))];

    private IReadOnlyList<DelaySuggestion> Suggestions(WaitingRoomDay room, DateTimeOffset now) =>
        [.. room.Clinic.Providers
            .Select(p => (Provider: p, Minutes: InferredDelay.For(room, p.Id, now)))
            .Where(s => s.Minutes is { } m && !(_notNow.TryGetValue(s.Provider.Id, out var off) && off.Hides(m, now)))
            .Select(s => new DelaySuggestion(s.Provider.Id, s.Provider.Name, s.Minutes!.Value))];

    private sealed record NotNow(DateTimeOffset Until, int Minutes)
    {
        public bool Hides(int minutes, DateTimeOffset now) => now < Until && minutes < Minutes + InferredDelay.ThresholdMinutes;
    }
}
