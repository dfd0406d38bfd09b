namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// One confirmation-code try worth remembering for an hour: a wrong code (<see cref="Appointment"/>
/// null), or a right one found by a session that had already got codes wrong ("a hit after
/// misses"). <see cref="Session"/> is the kiosk's check-in session: it starts again each time the
/// kiosk goes back to its start screen.
/// </summary>
public sealed record CodeTry(string Kiosk, Guid Session, Guid? Appointment, DateTimeOffset At)
{
    public bool Wrong => Appointment is null;
}

/// <summary>May a code be looked up now? Go, wait some seconds, or (for one code) see the front desk.</summary>
public abstract record CodeVerdict
{
    public static readonly CodeVerdict Go = new GoAhead();

    public sealed record GoAhead : CodeVerdict;

    /// <summary>Try again after <see cref="Seconds"/>; nothing is looked up meanwhile.</summary>
    public sealed record Wait(int Seconds) : CodeVerdict;

    /// <summary>This code has been found by too many guessing sessions lately: the desk checks its patient in.</summary>
    public sealed record SeeDesk : CodeVerdict;
}

/// <summary>Reception's notice: so many wrong codes at one kiosk within so many minutes.</summary>
public sealed record CodeProbe(int WrongCodes, int Minutes);

/// <summary>
/// How guessing confirmation codes is held back without punishing the patient behind the guesser
/// (docs/kiosk-codes.md, "Guessing"). Tries are counted per kiosk session, per code and per kiosk;
/// nothing here ever refuses a right code to a new session for more than a short wait.
/// </summary>
public sealed class CodeGuard(TimeProvider time)
{
    /// <summary>Wrong codes a session gets before it has to wait; a confused patient needs two or three.</summary>
    public const int FreeTriesPerSession = 5;

    /// <summary>The waits after the free tries, growing; the last one repeats.</summary>
    public static readonly IReadOnlyList<TimeSpan> SessionWaits = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)];

    /// <summary>Guessing sessions that found the same code within <see cref="Remembered"/>: then that code goes to the desk.</summary>
    public const int GuessingSessionsPerCode = 4;

    /// <summary>Wrong codes at one kiosk within <see cref="Remembered"/> above which everyone there waits a little.</summary>
    public const int KioskWrongPerHour = 20;

    /// <summary>The wait for everyone at a kiosk over <see cref="KioskWrongPerHour"/>, counted from its last wrong code.</summary>
    public static readonly TimeSpan KioskWait = TimeSpan.FromSeconds(30);

    /// <summary>Wrong codes at one kiosk within <see cref="ProbeWindow"/> that reception is told about: more than two confused patients make.</summary>
    public const int ProbeWrongCodes = 10;

    public static readonly TimeSpan ProbeWindow = TimeSpan.FromMinutes(10);

    /// <summary>How long any try counts; older ones may be forgotten.</summary>
    public static readonly TimeSpan Remembered = MissWaits.Remembered;

    /// <summary>The session and kiosk waits (<see cref="MissWaits"/>, shared with names), in this guard's numbers.</summary>
    public static readonly MissWaits Waits = new(FreeTriesPerSession, SessionWaits, KioskWrongPerHour, KioskWait);

    /// <summary>Before a code is looked up: <paramref name="kioskTries"/> are this kiosk's tries (older ones are ignored).</summary>
    public CodeVerdict BeforeLookup(Guid session, IEnumerable<CodeTry> kioskTries) =>
        Waits.SecondsToWait(session, kioskTries.Where(t => t.Wrong).Select(t => new Miss(t.Session, t.At)), time.GetUtcNow()) is { } seconds
            ? new CodeVerdict.Wait(seconds)
            : CodeVerdict.Go;

    /// <summary>
    /// After a right code was found: whether this session counts as guessing (it got codes wrong first), and
    /// whether the code now goes to the desk, given the hits after misses already stored for this appointment.
    /// </summary>
    public (bool Record, CodeVerdict Verdict) AfterHit(Guid session, bool sessionHadMisses, IEnumerable<CodeTry> appointmentHits)
    {
        var now = time.GetUtcNow();
        var sessions = appointmentHits.Where(t => !t.Wrong && now - t.At < Remembered).Select(t => t.Session).ToHashSet();
        var record = sessionHadMisses && !sessions.Contains(session);
        if (record)
        {
            sessions.Add(session);
        }

        return (record, sessions.Count >= GuessingSessionsPerCode ? new CodeVerdict.SeeDesk() : CodeVerdict.Go);
    }

    /// <summary>Whether reception should hear that a kiosk is being probed, and in what numbers; null when all is calm.</summary>
    public CodeProbe? Probe(IEnumerable<CodeTry> kioskTries)
    {
        var now = time.GetUtcNow();
        var recent = kioskTries.Count(t => t.Wrong && now - t.At < ProbeWindow);
        return recent >= ProbeWrongCodes ? new CodeProbe(recent, (int)ProbeWindow.TotalMinutes) : null;
    }
}
