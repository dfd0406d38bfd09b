namespace Kiosk.Hub.Persistence;

/// <summary>An enrolled kiosk. Its key is shown once at enrolment; only the key's SHA-256 is kept.</summary>
public sealed class KioskDevice
{
    public required string Id { get; set; }
    public required string KeyHash { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
