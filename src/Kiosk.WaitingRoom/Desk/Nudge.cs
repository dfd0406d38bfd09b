using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Desk;

/// <summary>
/// When the desk is nudged about a patient waiting too long. Until the desk has spoken to them, the
/// promise is the high end of the range told at check-in; after that, what they were being told
/// when the desk spoke to them. (Not any range shown since: the phone renews a passed range at
/// once, so following it would never nudge again.)
/// </summary>
public static class Nudge
{
    /// <summary>"A few minutes" on the phone means up to five: after speaking to someone, the next nudge is at least that far off.</summary>
    public static readonly TimeSpan AFewMinutes = TimeSpan.FromMinutes(5);

    /// <summary>When to nudge about this visit; null when nothing was promised.</summary>
    public static DateTimeOffset? At(Visit visit, int? promisedHighMinutes, SpokenToPatient? spoken) =>
        spoken?.NextPromiseBy
        ?? (promisedHighMinutes is { } high ? (visit.ArrivedAt ?? visit.Appointment.StartsAt).AddMinutes(high) : null);

    /// <summary>Still waiting, and past the nudge.</summary>
    public static bool IsOverdue(Visit visit, DateTimeOffset? nudgeAt, DateTimeOffset now) =>
        visit.IsWaiting && nudgeAt is { } at && now > at;

    /// <summary>When to nudge again after speaking to someone at <paramref name="at"/> while the high end they were shown was <paramref name="showingHighMinutes"/> minutes away.</summary>
    public static DateTimeOffset NextPromiseBy(DateTimeOffset at, int? showingHighMinutes)
    {
        var told = TimeSpan.FromMinutes(showingHighMinutes ?? 0);
        return at + (told > AFewMinutes ? told : AFewMinutes);
    }
}
