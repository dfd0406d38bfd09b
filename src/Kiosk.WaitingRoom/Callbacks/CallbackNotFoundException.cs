namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>A step asked for on a callback request that is not in the list (another day, or a stale screen).</summary>
public sealed class CallbackNotFoundException() : InvalidOperationException("That question is not in the callbacks list any more.");
