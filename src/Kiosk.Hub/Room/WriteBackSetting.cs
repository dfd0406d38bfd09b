namespace Kiosk.Hub.Room;

/// <summary>
/// Whether the clinic's system wants to hear of check-ins, no-shows and visits done: registered
/// (enabled) when a status writer is configured. Without it the store queues nothing, so a hub
/// that only imports files does not pile up statuses nobody sends.
/// </summary>
public sealed record WriteBackSetting(bool Enabled);
