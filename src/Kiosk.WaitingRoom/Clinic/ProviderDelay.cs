namespace Kiosk.WaitingRoom.Clinic;

/// <summary>"Dr Lee is running about 20 minutes behind", said by someone at a time, with the reason.</summary>
public sealed record ProviderDelay(string ProviderId, int Minutes, string Reason, string By, DateTimeOffset SetAt);
