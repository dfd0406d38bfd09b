namespace Kiosk.Contracts;

/// <summary>What the waiting-room TV says about a provider running late: their name and the minutes. Never the reason.</summary>
public sealed record LateNotice(string ProviderName, int Minutes);

/// <summary>
/// Everyone running late as of one change of the room: the TV drops a list whose
/// <see cref="Sequence"/> is older than the one it shows (a push and a first read can cross).
/// </summary>
public sealed record RunningLateNow(IReadOnlyList<LateNotice> Late, long Sequence);
