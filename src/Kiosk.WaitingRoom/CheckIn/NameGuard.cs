namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// How working through names and birth dates at a kiosk is held back without punishing the patient
/// behind (docs/kiosk-codes.md, "Names"): misses are counted per kiosk session, with a ceiling per
/// kiosk that only slows. A miss is a lookup that matched nobody; being asked for one more letter is not.
/// </summary>
public sealed class NameGuard(TimeProvider time)
{
    /// <summary>
    /// Misses a session gets before it waits: a wrong birth date can cost two (the first letters, then
    /// the whole name), so this is three honest mistakes.
    /// </summary>
    public const int FreeMissesPerSession = 6;

    /// <summary>The waits after the free misses, growing; the last one repeats.</summary>
    public static readonly IReadOnlyList<TimeSpan> SessionWaits = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)];

    /// <summary>Misses at one kiosk within an hour above which everyone there waits a little.</summary>
    public const int KioskMissesPerHour = 20;

    /// <summary>The wait for everyone at a kiosk over <see cref="KioskMissesPerHour"/>, counted from its last miss.</summary>
    public static readonly TimeSpan KioskWait = TimeSpan.FromSeconds(30);

    public static readonly MissWaits Waits = new(FreeMissesPerSession, SessionWaits, KioskMissesPerHour, KioskWait);

    /// <summary>Before a name is looked up: whole seconds <paramref name="session"/> must wait, or null to go ahead.</summary>
    public int? SecondsToWait(Guid session, IEnumerable<Miss> kioskMisses) => Waits.SecondsToWait(session, kioskMisses, time.GetUtcNow());
}
