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

    // Per-visit lookups the views make for every patient, kept as the records change so none is a scan of the day.
    // Alerts and late check-ins are only appended or replaced in place, so a position stays the record's.
    private readonly Dictionary<Guid, int> _latestHelp = [];
    private readonly Dictionary<Guid, SpokenToPatient> _lastSpokenTo = [];
    private readonly Dictionary<Guid, int> _madeOffline = [];
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
        for (var i = 0; i < _alerts.Count; i++)
        {
            Index(_alerts[i], i);
        }

        foreach (var spoken in _spokenTo)
        {
            _lastSpokenTo[spoken.VisitId] = spoken;
        }

        for (var i = 0; i < _offline.Count; i++)
        {
            Index(_offline[i], i);
        }
    }

    /// <summary>Every alert raised today, oldest first, answered or not.</summary>
    public IReadOnlyList<DeskAlert> Alerts => _alerts;

    /// <summary>Each visit's latest answer to "How was your visit today?".</summary>
    public IReadOnlyDictionary<Guid, VisitRated> Ratings => _ratings;

    public IReadOnlyDictionary<Guid, CareNeeds> Care => _care;

    /// <summary>The last time the desk spoke to this visit's patient about their wait, if it has.</summary>
    public SpokenToPatient? SpokenTo(Guid visitId) => _lastSpokenTo.GetValueOrDefault(visitId);

    /// <summary>The provider's latest "Not now" today, if any.</summary>
    public DelayNotNow? NotNow(string providerId) => _notNow.LastOrDefault(n => n.ProviderId == providerId);

    /// <summary>Check-ins kiosks took while they could not reach the hub and delivered late, in the order they arrived here.</summary>
    public IReadOnlyList<OfflineCheckIn> Offline => _offline;

    /// <summary>The visit's latest "I need help now", answered or not.</summary>
    public DeskAlert? LatestHelp(Guid visitId) => _latestHelp.TryGetValue(visitId, out var i) ? _alerts[i] : null;

    /// <summary>The late check-in from an offline kiosk that put this visit in the room (<see cref="OfflineCheckIn.MadeVisit"/>), if one did.</summary>
    public OfflineCheckIn? MadeOffline(Guid visitId) => _madeOffline.TryGetValue(visitId, out var i) ? _offline[i] : null;

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

    /// <summary>The same records as a separate object, for a copy of a day that has stored everything (<see cref="WaitingRoomDay.Copy"/>).</summary>
    internal DeskRecords Copy() => new(_alerts, _care, _ratings.Values, _spokenTo, _notNow, _offline);

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
        Index(alert, _alerts.Count - 1);
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

    internal void Add(SpokenToPatient spoken)
    {
        _spokenTo.Add(spoken);
        _lastSpokenTo[spoken.VisitId] = spoken;
    }

    internal void Add(DelayNotNow notNow) => _notNow.Add(notNow);

    internal void Add(OfflineCheckIn offline)
    {
        _offline.Add(offline);
        Index(offline, _offline.Count - 1);
        _newOffline.Add(offline.Id);
    }

    internal OfflineCheckIn Seen(OfflineCheckIn offline, string by, DateTimeOffset at)
    {
        var seen = offline with { SeenBy = by, SeenAt = at };
        _offline[_offline.IndexOf(offline)] = seen;
        _seenOffline.Add(offline.Id);
        return seen;
    }

    /// <summary>The latest "I need help now" of a visit is the last one raised.</summary>
    private void Index(DeskAlert alert, int position)
    {
        if (alert.Kind == DeskAlertKind.HelpNow)
        {
            _latestHelp[alert.VisitId] = position;
        }
    }

    /// <summary>The first late check-in that made the visit is the one that counts, as a visit is made once.</summary>
    private void Index(OfflineCheckIn offline, int position)
    {
        if (offline.MadeVisit && offline.VisitId is { } visitId)
        {
            _madeOffline.TryAdd(visitId, position);
        }
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
