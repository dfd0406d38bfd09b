namespace Kiosk.Hub.Callbacks;

public sealed class CallbackNotFoundException() : InvalidOperationException("That question is not in the callbacks list any more.");
