using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>
/// How a range is worded on every screen. The estimator's minutes are not as exact as they look:
/// "37–102" reads like precision and helps nobody. Shown ranges are widened outward to whole five
/// minutes, so what the patient is told still covers what the estimator said; a low end that rounds
/// to nothing becomes "up to …" rather than a bare "0", and a wait of five minutes or less is "a few minutes".
/// </summary>
public readonly record struct ShownWait(ShownWaitKind Kind, int LowMinutes, int HighMinutes)
{
    public const int Step = 5;

    public static ShownWait Of(WaitRange range) => Of(range.LowMinutes, range.HighMinutes);

    public static ShownWait Of(int lowMinutes, int highMinutes)
    {
        var high = Math.Max(0, highMinutes);
        if (high <= Step)
        {
            return new(ShownWaitKind.FewMinutes, 0, Step);
        }

        var shownHigh = (high + Step - 1) / Step * Step;
        var shownLow = Math.Clamp(lowMinutes, 0, high) / Step * Step;
        return shownLow == 0 ? new(ShownWaitKind.UpTo, 0, shownHigh) : new(ShownWaitKind.Between, shownLow, shownHigh);
    }
}

/// <summary>Which sentence a shown wait takes: "a few minutes", "up to 15 min", "about 15–30 min".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShownWaitKind>))]
public enum ShownWaitKind
{
    FewMinutes,
    UpTo,
    Between,
}
