namespace Kiosk.Hub.Persistence;

/// <summary>One wrong code or name tried at a kiosk (see <see cref="KioskTries"/>); <see cref="At"/> in UTC ticks.</summary>
public sealed class KioskWrongTryRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Kiosk { get; set; }
    public long At { get; set; }
}
