namespace Kiosk.WaitingRoom.Clinic;

/// <summary>When a provider is meant to see patients, in clinic-local time; lunch is optional.</summary>
public sealed record ProviderSchedule(TimeOnly Start, TimeOnly End, TimeOnly? LunchAt = null, int LunchMinutes = 0);
