using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Desk;

namespace Kiosk.Hub.Room;

/// <summary>Check-ins that came late from an offline kiosk, as reception's board shows them.</summary>
public static class LateCheckInViews
{
    /// <summary>The ones that need a look (a booking gone, refused, from an earlier day, already here), until someone has seen each.</summary>
    public static IReadOnlyList<LateCheckIn> NeedingALook(WaitingRoomDay room) =>
        [.. room.Desk.Offline.Where(o => o.NeedsLook).Select(o => View(room, o))];

    public static LateCheckIn View(WaitingRoomDay room, OfflineCheckIn o)
    {
        var visit = o.VisitId is { } id ? room.VisitById(id) : null;
        return new(
            o.Id,
            o.Kiosk,
            (LateCheckInOutcome)(int)o.Outcome,
            visit?.Patient.DisplayName ?? o.Who.Trim(),
            o.CheckedInAt,
            o.ReceivedAt,
            visit?.Ticket.Code,
            o.Reason,
            o.SeenBy);
    }

    /// <summary>The row of a visit a kiosk took offline says when it reached us; its wait counts from when the patient checked in.</summary>
    public static BoardRow WithReachedUs(BoardRow row, WaitingRoomDay room) =>
        room.Desk.MadeOffline(row.VisitId) is { } late
            ? row with { ReachedUsAt = late.ReceivedAt }
            : row;
}
