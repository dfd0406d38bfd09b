namespace Kiosk.Hub.Persistence;

/// <summary>
/// One name and birth date (or first letters) that matched nobody, kept for an hour (see
/// <see cref="Kiosk.WaitingRoom.CheckIn.NameGuard"/>): kiosk, session and time, never the name or date
/// typed. <see cref="At"/> in UTC ticks: SQLite cannot compare DateTimeOffset in SQL.
/// </summary>
public sealed class NameTryRow
{
    public long Id { get; set; }
    public required string Kiosk { get; set; }
    public Guid Session { get; set; }
    public long At { get; set; }
}
