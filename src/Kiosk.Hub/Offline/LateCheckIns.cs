using Kiosk.Contracts;
using Kiosk.Hub.Room;

namespace Kiosk.Hub.Offline;

/// <summary>Reception's side of check-ins delivered late from offline kiosks: saying one has been looked at.</summary>
public sealed class LateCheckIns(WaitingRoomService room, ILogger<LateCheckIns> log)
{
    public async Task<ReceptionBoard> SeenAsync(SeenLateCheckInRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            var seen = day.SeenOffline(request.LateCheckInId, by, now);
            log.LogInformation("A late check-in from kiosk {Kiosk} was seen at the desk.", seen.Kiosk);
            return Task.FromResult(new RoomChange(seen.VisitId ?? Guid.Empty, [], null, BoardChanged: true));
        }, ct);
        return snapshot.Board;
    }
}
