using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Desk;

/// <summary>
/// The desk's "Not now" to "Dr Lee seems about 15 min behind": the suggestion stays away until
/// <see cref="Until"/>, unless the provider falls <see cref="InferredDelay.ThresholdMinutes"/> further behind.
/// </summary>
public sealed record DelayNotNow(string ProviderId, int Minutes, string By, DateTimeOffset At, DateTimeOffset Until)
{
    /// <summary>How long "Not now" keeps a provider's suggestion away.</summary>
    public static readonly TimeSpan For = TimeSpan.FromMinutes(15);

    public bool Hides(int minutes, DateTimeOffset now) => now < Until && minutes < Minutes + InferredDelay.ThresholdMinutes;
}
