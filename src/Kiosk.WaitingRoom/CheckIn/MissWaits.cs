namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>A lookup that found nobody (a wrong code, or a name and birth date of nobody today): which kiosk session, when.</summary>
public sealed record Miss(Guid Session, DateTimeOffset At);

/// <summary>
/// How long a lookup waits after misses, the same way for codes and names: a session gets
/// <see cref="FreePerSession"/> misses, then waits <see cref="SessionWaits"/> (growing; the last one
/// repeats) after its last miss; a kiosk with more than <see cref="KioskMissesPerHour"/> misses in
/// the last hour makes everyone there wait until <see cref="KioskWait"/> after its last miss. So a
/// new session is only ever held up by a short wait, never locked out.
/// </summary>
public sealed record MissWaits(int FreePerSession, IReadOnlyList<TimeSpan> SessionWaits, int KioskMissesPerHour, TimeSpan KioskWait)
{
    /// <summary>How long any miss counts; older ones may be forgotten.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromHours(1);

    /// <summary>Whole seconds to wait before <paramref name="session"/> may look up, given the kiosk's misses; null to go ahead.</summary>
    public int? SecondsToWait(Guid session, IEnumerable<Miss> kioskMisses, DateTimeOffset now)
    {
        var recent = kioskMisses.Where(m => now - m.At < Remembered).OrderBy(m => m.At).ToList();
        var until = DateTimeOffset.MinValue;
        var mine = recent.Where(m => m.Session == session).ToList();
        if (mine.Count >= FreePerSession)
        {
            until = mine[^1].At + SessionWaits[Math.Min(mine.Count - FreePerSession, SessionWaits.Count - 1)];
        }

        if (recent.Count > KioskMissesPerHour && recent[^1].At + KioskWait > until)
        {
            until = recent[^1].At + KioskWait;
        }

        return until > now ? (int)Math.Ceiling((until - now).TotalSeconds) : null;
    }
}
