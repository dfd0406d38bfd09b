using Kiosk.Contracts;
using Kiosk.Hub.Room;

namespace Kiosk.Hub.Display;

/// <summary>The waiting-room TV: the codes called recently and who is running late. No names, no reasons.</summary>
public sealed class DisplayService(WaitingRoomService room)
{
    private const int RecentCalls = 5;

    /// <summary>What the TV shows now (the latest calls, who is running late) and the room's change it is as of.</summary>
    public async Task<DisplayNow> DisplayAsync(CancellationToken ct = default)
    {
        var (day, snapshot) = await room.ReadAsync(ct);
        var calls = day.Visits
            .Where(v => v.CalledAt is not null && v.Room is not null)
            .OrderByDescending(v => v.CalledAt)
            .Take(RecentCalls)
            .Select(v => new CalledTicket(v.Ticket.Code, v.Room!, v.CalledAt!.Value) { Sequence = snapshot.Sequence })
            .ToList();
        return new DisplayNow(calls, RoomViews.LateNotices(snapshot.Board), snapshot.Sequence);
    }
}

/// <summary>The TV's screen as of one change of the room.</summary>
public sealed record DisplayNow(IReadOnlyList<CalledTicket> Calls, IReadOnlyList<LateNotice> Late, long Sequence);
