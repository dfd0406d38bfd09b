namespace Kiosk.Hub.Persistence;

/// <summary>"I've spoken to them" for a patient waiting past their promise, and when the next nudge is due.</summary>
/// <summary>A patient's one tap on their phone, "How was your visit today?": the latest per visit. No free text.</summary>
public sealed class VisitRatingRow
{
    public Guid VisitId { get; set; }
    public DateOnly Day { get; set; }
    public int Rating { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed class SpokenToRow
{
    public long Id { get; set; }
    public Guid VisitId { get; set; }
    public DateOnly Day { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The high end of what the patient was being told when the desk spoke to them: past it, nudge again.</summary>
    public DateTimeOffset NextPromiseBy { get; set; }
}

/// <summary>An urgent alert ("I need help now", "feeling worse") and who said "I'm going". No free text: nothing personal to purge.</summary>
public sealed class UrgentAlertRow
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    public DateOnly Day { get; set; }
    public required string Kind { get; set; }
    public required string RaisedBy { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public string? GoingBy { get; set; }
    public DateTimeOffset? GoingAt { get; set; }

    /// <summary>When the patient said from their phone they no longer need help.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>"Not now" to a provider's delay suggestion: hidden until <see cref="Until"/>, unless they fall 10 min further behind than <see cref="Minutes"/>.</summary>
public sealed class DelayNotNowRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public required string ProviderId { get; set; }
    public int Minutes { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset Until { get; set; }
}

/// <summary>
/// A check-in a kiosk took offline and delivered late, as reception is shown it. Who holds the patient's
/// name (personal data: cleared by retention with the day's appointments).
/// </summary>
public sealed class OfflineCheckInRow
{
    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
    public Guid Key { get; set; }
    public required string Kiosk { get; set; }
    public required string Outcome { get; set; }
    public DateTimeOffset CheckedInAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public Guid? VisitId { get; set; }
    public string? Token { get; set; }
    public required string Who { get; set; }
    public string? Reason { get; set; }
    public string? SeenBy { get; set; }
    public DateTimeOffset? SeenAt { get; set; }
}
