using Kiosk.Contracts.Health;

namespace Kiosk.App.Health;

/// <summary>What this kiosk tells the hub about itself with every heartbeat.</summary>
public sealed class KioskSelfReport(string contentVersion, Func<int>? outboxDepth = null, Func<DateTimeOffset?>? copyTakenAt = null)
{
    public static readonly KioskSelfReport Unknown = new("unknown");

    public string ContentVersion { get; } = contentVersion;

    /// <summary>
    /// The outbox's depth (things not yet delivered) and when the appointment copy was taken. A kiosk
    /// without an outbox (no device key to seal it with) sends the depth as "none", not a reassuring 0.
    /// </summary>
    public KioskHealthReport Now() => new(ContentVersion, outboxDepth?.Invoke(), copyTakenAt?.Invoke());
}
