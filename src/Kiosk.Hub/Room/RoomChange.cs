using Kiosk.Contracts;
using Kiosk.WaitingRoom;

namespace Kiosk.Hub.Room;

/// <summary>
/// What a change did, as a feature tells <see cref="WaitingRoomService.ChangeAsync"/>: the visit it
/// was about, whose view changed, a call for the TV, and whether the board or who is late changed.
/// </summary>
public sealed record RoomChange(Guid VisitId, IReadOnlyList<Guid> Affected, CalledTicket? Called, bool BoardChanged = false, bool LateChanged = false)
{
    /// <summary>Anything anyone sees changed: only then does the change take a number and go out.</summary>
    public bool IsNews => Affected.Count > 0 || Called is not null || BoardChanged || LateChanged;

    /// <summary>Everyone waiting in the given providers' lines (a line named twice counts once): whose place or wait a change can move.</summary>
    public static IEnumerable<Guid> Lines(WaitingRoomDay room, params string[] providers) =>
        providers.Distinct().SelectMany(p => room.Queue(p)).Select(v => v.Id);
}
