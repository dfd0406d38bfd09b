namespace Kiosk.WaitingRoom.Desk;

/// <summary>
/// The desk's side of one day: what patients told the kiosk, urgent alerts, "I've spoken to them",
/// ratings and "Not now" to delay suggestions. The day changes them by its rules
/// (<see cref="WaitingRoomDay"/>); this keeps them and remembers what the store has yet to write.
/// </summary>
public sealed class DeskRecords
{
    private readonly List<DeskAlert> _alerts;
    private readonly Dictionary<Guid, CareNeeds> _care;
    private readonly Dictionary<Guid, VisitRated> _ratings;
    private readonly List<SpokenToPatient> _spokenTo;
    private readonly List<DelayNotNow> _notNow;
    private readonly List<OfflineCheckIn> _offline;
    private readonly HashSet<Guid> _newOffline = [];
    private readonly HashSet<Guid> _seenOffline = [];
    private readonly HashSet<Guid> _newAlerts = [];
    private readonly HashSet<Guid> _answeredAlerts = [];
    private readonly HashSet<Guid> _newCare = [];
    private readonly HashSet<Guid> _rated = [];
    private int _storedSpokenTo;
    private int _storedNotNow;

    public DeskRecords(
        IEnumerable<DeskAlert>? alerts = null,
        IReadOnlyDictionary<Guid, CareNeeds>? care = null,
        IEnumerable<VisitRated>? ratings = null,
        IEnumerable<SpokenToPatient>? spokenTo = null,
        IEnumerable<DelayNotNow>? notNow = null,
        IEnumerable<OfflineCheckIn>? offline = null)
    {
        _offline = [.. (offline ?? []).OrderBy(o => o.ReceivedAt)];
        _alerts = [.. (alerts ?? []).OrderBy(a => a.RaisedAt)];
        _care = new(care ?? new Dictionary<Guid, CareNeeds>());
        _ratings = (ratings ?? []).ToDictionary(r => r.VisitId);
        _spokenTo = [.. spokenTo ?? []];
        _notNow = [.. notNow ?? []];
        _storedSpokenTo = _spokenTo.Count;
        _storedNotNow = _notNow.Count;
    }

    /// <summary>Every alert raised today, oldest first, answered or not.</summary>
    public IReadOnlyList<DeskAlert> Alerts => _alerts;

    /// <summary>Each visit's latest answer to "How was your visit today?".</summary>
    public IReadOnlyDictionary<Guid, VisitRated> Ratings => _ratings;

    public IReadOnlyDictionary<Guid, CareNeeds> Care => _care;

    /// <summary>The last time the desk spoke to this visit's patient about their wait, if it has.</summary>
    public SpokenToPatient? SpokenTo(Guid visitId) => _spokenTo.LastOrDefault(s => s.VisitId == visitId);

    /// <summary>The provider's latest "Not now" today, if any.</summary>
    public DelayNotNow? NotNow(string providerId) => _notNow.LastOrDefault(n => n.ProviderId == providerId);

    /// <summary>Check-ins kiosks took while they could not reach the hub and delivered late, in the order they arrived here.</summary>
    public IReadOnlyList<OfflineCheckIn> Offline => _offline;

    /// <summary>The visit's latest "I need help now", answered or not.</summary>
    public DeskAlert? LatestHelp(Guid visitId) => _alerts.LastOrDefault(a => a.VisitId == visitId && a.Kind == DeskAlertKind.HelpNow);

    /// <summary>What changed since the records were loaded (or last stored).</summary>
    public DeskChanges Unstored() => new(
        [.. _alerts.Where(a => _newAlerts.Contains(a.Id))],
        [.. _alerts.Where(a => _answeredAlerts.Contains(a.Id) && !_newAlerts.Contains(a.Id))],
        _newCare.ToDictionary(id => id, id => _care[id]),
        [.. _rated.Select(id => _ratings[id])],
        [.. _spokenTo.Skip(_storedSpokenTo)],
        [.. _notNow.Skip(_storedNotNow)])
    {
        NewOffline = [.. _offline.Where(o => _newOffline.Contains(o.Id))],
        SeenOffline = [.. _offline.Where(o => _seenOffline.Contains(o.Id) && !_newOffline.Contains(o.Id))],
    };

    internal void MarkStored()
    {
        _newOffline.Clear();
        _seenOffline.Clear();
        _newAlerts.Clear();
        _answeredAlerts.Clear();
        _newCare.Clear();
        _rated.Clear();
        _storedSpokenTo = _spokenTo.Count;
        _storedNotNow = _notNow.Count;
    }

    internal void Raise(DeskAlert alert)
    {
        _alerts.Add(alert);
        _newAlerts.Add(alert.Id);
    }

    internal DeskAlert Answer(DeskAlert alert, string by, DateTimeOffset at)
    {
        var answered = alert with { GoingBy = by, GoingAt = at };
        _alerts[_alerts.IndexOf(alert)] = answered;
        _answeredAlerts.Add(alert.Id);
        return answered;
    }

    internal DeskAlert Withdraw(DeskAlert alert, DateTimeOffset at)
    {
        var withdrawn = alert with { WithdrawnAt = at };
        _alerts[_alerts.IndexOf(alert)] = withdrawn;
        _answeredAlerts.Add(alert.Id);
        return withdrawn;
    }

    internal void Note(Guid visitId, CareNeeds care)
    {
        _care[visitId] = care;
        _newCare.Add(visitId);
    }

    internal void Rate(VisitRated rating)
    {
        _ratings[rating.VisitId] = rating;
        _rated.Add(rating.VisitId);
    }

    internal void Add(SpokenToPatient spoken) => _spokenTo.Add(spoken);

    internal void Add(DelayNotNow notNow) => _notNow.Add(notNow);

    internal void Add(OfflineCheckIn offline)
    {
        _offline.Add(offline);
        _newOffline.Add(offline.Id);
    }

    internal OfflineCheckIn Seen(OfflineCheckIn offline, string by, DateTimeOffset at)
    {
        var seen = offline with { SeenBy = by, SeenAt = at };
        _offline[_offline.IndexOf(offline)] = seen;
        _seenOffline.Add(offline.Id);
        return seen;
    }
}

/// <summary>
/// What the desk's records gained since they were loaded: new alerts, alerts answered ("I'm going") or withdrawn,
/// the care needs of new visits, ratings given or replaced, "spoken to" and "Not now".
/// </summary>
public sealed record DeskChanges(
    IReadOnlyList<DeskAlert> NewAlerts,
    IReadOnlyList<DeskAlert> AnsweredAlerts,
    IReadOnlyDictionary<Guid, CareNeeds> Care,
    IReadOnlyList<VisitRated> Ratings,
    IReadOnlyList<SpokenToPatient> SpokenTo,
    IReadOnlyList<DelayNotNow> NotNow)
{
    /// <summary>Check-ins delivered late from a kiosk's outbox, new in this change.</summary>
    public IReadOnlyList<OfflineCheckIn> NewOffline { get; init; } = [];

    /// <summary>Late check-ins reception has now looked at.</summary>
    public IReadOnlyList<OfflineCheckIn> SeenOffline { get; init; } = [];

    public bool IsEmpty => NewAlerts.Count == 0 && AnsweredAlerts.Count == 0 && Care.Count == 0 && Ratings.Count == 0 && SpokenTo.Count == 0 && NotNow.Count == 0
        && NewOffline.Count == 0 && SeenOffline.Count == 0;
}
