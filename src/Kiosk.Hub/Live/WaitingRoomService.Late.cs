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
    public async Task<ReceptionBoard> DismissSuggestionAsync(DismissDelaySuggestionRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await ChangeAsync((room, _, now) =>
        {
            room.DismissDelaySuggestion(request.ProviderId, by, now);
            log.LogInformation("Delay suggestion for {Provider} put off by the desk.", request.ProviderId);
            return Task.FromResult(new Change(Guid.Empty, [], null, BoardChanged: true));
        }, ct);
        return snapshot.Board;
    }

    private static IReadOnlyList<LateNotice> LateNotices(ReceptionBoard board) =>
        [.. (board.RunningLate ?? []).Select(l => new LateNotice(l.ProviderName, l.Minutes))];

    private static IReadOnlyList<DelaySuggestion> Suggestions(WaitingRoomDay room, DateTimeOffset now) =>
        [.. room.DelaySuggestions(now).Select(s => new DelaySuggestion(s.Provider.Id, s.Provider.Name, s.Minutes))];
}
