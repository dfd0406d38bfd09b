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

    public async Task<ReceptionBoard> DismissSuggestionAsync(DismissDelaySuggestionRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await ChangeAsync((room, store, now) =>
        {
            var minutes = InferredDelay.For(room, request.ProviderId, now)
                ?? throw new DeskRefusedException(RefusalCodes.NoDelaySuggested, $"Nothing suggests {clinic.Provider(request.ProviderId).Name} is running late now.");
            store.AddNotNow(room.Day, request.ProviderId, minutes, by, now, now + NotNowFor);
            log.LogInformation("Delay suggestion for {Provider} put off by the desk.", request.ProviderId);
            return Task.FromResult(new Change(Guid.Empty, [], null, BoardChanged: true));
        }, ct);
        return snapshot.Board;
    }

    /// <summary>What the TV shows now: provider and minutes for each provider said to be running late.</summary>
    public async Task<IReadOnlyList<LateNotice>> LateNoticesAsync(CancellationToken ct = default) => LateNotices(await BoardAsync(ct));

    private static IReadOnlyList<LateNotice> LateNotices(ReceptionBoard board) =>
        [.. (board.RunningLate ?? []).Select(l => new LateNotice(l.ProviderName, l.Minutes))];

    private static IReadOnlyList<DelaySuggestion> Suggestions(WaitingRoomDay room, DateTimeOffset now, IReadOnlyDictionary<string, NotNowNote> notNow) =>
        [.. room.Clinic.Providers
            .Select(p => (Provider: p, Minutes: InferredDelay.For(room, p.Id, now)))
            .Where(s => s.Minutes is { } m && !(notNow.TryGetValue(s.Provider.Id, out var off) && off.Hides(m, now)))
            .Select(s => new DelaySuggestion(s.Provider.Id, s.Provider.Name, s.Minutes!.Value))];
}
