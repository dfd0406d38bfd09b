using Kiosk.Contracts;
using Kiosk.Hub.Room;

namespace Kiosk.Hub.Display;

/// <summary>
/// The waiting-room TV: the codes called recently, each provider's typical wait and who is running
/// late. Ticket codes, rooms and providers only: never a patient's name or why they came.
/// </summary>
public sealed class DisplayService(WaitingRoomService room)
{
    private const int RecentCalls = 5;

    /// <summary>What the TV shows now and the room's change it is as of.</summary>
    public async Task<DisplayNow> DisplayAsync(CancellationToken ct = default)
    {
        var (day, snapshot) = await room.ReadAsync(ct);
        var calls = day.Visits
            .Where(v => v.CalledAt is not null && v.Room is not null)
            .OrderByDescending(v => v.CalledAt)
            .Take(RecentCalls)
            .Select(v => new CalledTicket(v.Ticket.Code, v.Room!, v.CalledAt!.Value) { Sequence = snapshot.Sequence })
            .ToList();
        var waits = day.Clinic.Providers
            .Select(p => new ProviderWait(p.Name, TypicalWait.Of(day.Visits.Where(v => v.ProviderId == p.Id).Select(v => snapshot.Tickets[v.Id]))?.Shown))
            .ToList();
        return new DisplayNow(calls, RoomViews.LateNotices(snapshot.Board), snapshot.Sequence) { Waits = waits };
    }
}

/// <summary>The TV's screen as of one change of the room: the latest call first.</summary>
public sealed record DisplayNow(IReadOnlyList<CalledTicket> Calls, IReadOnlyList<LateNotice> Late, long Sequence)
{
    public static readonly DisplayNow Nothing = new([], [], -1);

    /// <summary>Every provider in the clinic file's order, with the wait typical of their line now.</summary>
    public IReadOnlyList<ProviderWait> Waits { get; init; } = [];
}
