namespace Kiosk.Hub.Persistence;

/// <summary>
/// One confirmation-code try kept for an hour (see <see cref="Kiosk.WaitingRoom.CheckIn.CodeTry"/>):
/// a wrong code, or a right one found after misses (<see cref="AppointmentId"/> set). The code typed
/// is never stored. <see cref="At"/> in UTC ticks: SQLite cannot compare DateTimeOffset in SQL.
/// </summary>
public sealed class CodeTryRow
{
    public long Id { get; set; }
    public required string Kiosk { get; set; }
    public Guid Session { get; set; }
    public Guid? AppointmentId { get; set; }
    public long At { get; set; }
}
