using Kiosk.Contracts.Health;

namespace Kiosk.App.Health;

/// <summary>What this kiosk tells the hub about itself with every heartbeat.</summary>
public sealed class KioskSelfReport(string contentVersion)
{
    public static readonly KioskSelfReport Unknown = new("unknown");

    public string ContentVersion { get; } = contentVersion;

    /// <summary>
    /// The kiosk has no offline outbox yet: a check-in is sent live or refused on screen, so there is
    /// nothing queued to count, and the depth is sent as "none" rather than a reassuring 0.
    /// </summary>
    public KioskHealthReport Now() => new(ContentVersion, OutboxDepth: null);
}
