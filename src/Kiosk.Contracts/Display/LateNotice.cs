namespace Kiosk.Contracts;

/// <summary>What the waiting-room TV says about a provider running late: their name and the minutes. Never the reason.</summary>
public sealed record LateNotice(string ProviderName, int Minutes);
