namespace Kiosk.Contracts;

/// <summary>
/// "Dr Lee seems about 15 min behind": read off the room by the hub, for reception to confirm
/// (then it is a delay patients see) or put off. Staff only.
/// </summary>
public sealed record DelaySuggestion(string ProviderId, string ProviderName, int Minutes);

/// <summary>Reception: "Not now" to a provider's delay suggestion; it stays away for a while unless the delay grows.</summary>
public sealed record DismissDelaySuggestionRequest(string ProviderId);
