namespace Kiosk.Contracts;

/// <summary>
/// One provider's line as the waiting-room TV shows it: the wait typical of those waiting for them
/// now, worded as every screen words a range; null when nobody is waiting for them.
/// </summary>
public sealed record ProviderWait(string ProviderName, ShownWait? TypicalWait);
