namespace Kiosk.Hub.Persistence;

/// <summary>
/// Sign-in attempts counted per client address, or per account name and address (<see cref="Kind"/>).
/// Times are UTC ticks so that one SQL statement can count and compare them on SQLite and PostgreSQL alike.
/// </summary>
public sealed class SignInAttemptRow
{
    public required string Kind { get; set; }
    public required string Key { get; set; }
    public int Count { get; set; }
    public long LastAt { get; set; }
    public long NotBefore { get; set; }
}
