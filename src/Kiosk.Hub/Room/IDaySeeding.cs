namespace Kiosk.Hub.Room;

/// <summary>
/// Something that fills an empty day before the room is first read (the demo's day). The room's
/// owner calls it under its write gate, once a day; it writes through the store in its own
/// versioned transaction.
/// </summary>
public interface IDaySeeding
{
    bool Enabled { get; }

    Task EnsureSeededAsync(WaitingRoomStore store, DateOnly day, CancellationToken ct = default);
}
