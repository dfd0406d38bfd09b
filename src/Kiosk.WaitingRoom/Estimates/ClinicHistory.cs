using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Estimates;

/// <summary>Running sums of log values: enough for a lognormal's mean and spread.</summary>
public readonly record struct LogStats(int Count, double Sum, double SumOfSquares)
{
    public double Mean => Count == 0 ? 0 : Sum / Count;

    public double Variance => Count < 2 ? 0 : Math.Max(0, (SumOfSquares - (Sum * Sum / Count)) / (Count - 1));

    public LogStats Add(double minutes)
    {
        var log = Math.Log(Math.Max(minutes, 0.25));
        return new LogStats(Count + 1, Sum + log, SumOfSquares + (log * log));
    }
}

/// <summary>
/// What the clinic's own past says: how long each visit type really takes, how long a provider
/// takes between patients, how early or late patients come, how many never come, how many walk in.
/// Learned from finished days and from today up to now; never from anything later.
/// </summary>
public sealed class ClinicHistory
{
    /// <summary>A booked patient not here this long after their time is taken as not coming.</summary>
    public const int NoShowAfterMinutes = 30;
    private const double MaxGapMinutes = 120;

    private readonly Dictionary<string, double> _walkIns;
    private readonly double _hours;

    private ClinicHistory(
        Dictionary<string, LogStats> durations,
        List<double> gaps,
        List<double> arrivalOffsets,
        Dictionary<string, LogStats> providerDurations,
        List<double> leftAfter,
        List<double> stayedFor,
        Dictionary<string, List<double>> startDelays,
        Dictionary<string, List<double>> lunchBreaks,
        int arrived,
        int booked,
        int noShows,
        Dictionary<string, double> walkIns,
        double hours,
        int days)
    {
        Durations = durations;
        Gaps = gaps;
        ArrivalOffsets = arrivalOffsets;
        ProviderDurations = providerDurations;
        LeftAfter = leftAfter;
        StayedFor = stayedFor;
        StartDelays = startDelays;
        LunchBreaks = lunchBreaks;
        Arrived = arrived;
        Booked = booked;
        NoShows = noShows;
        _walkIns = walkIns;
        _hours = hours;
        Days = days;
    }

    public static ClinicHistory Empty { get; } = Accumulate(null, []);

    /// <summary>In-room minutes by visit type.</summary>
    public IReadOnlyDictionary<string, LogStats> Durations { get; }

    /// <summary>Minutes from one patient done to the next called, while someone was waiting.</summary>
    public IReadOnlyList<double> Gaps { get; }

    /// <summary>Minutes between appointment time and arrival, for booked patients (negative = early).</summary>
    public IReadOnlyList<double> ArrivalOffsets { get; }

    /// <summary>In-room minutes by provider and visit type (key "provider|type"): some providers are quicker.</summary>
    public IReadOnlyDictionary<string, LogStats> ProviderDurations { get; }

    /// <summary>Minutes waited by patients who left before being called.</summary>
    public IReadOnlyList<double> LeftAfter { get; }

    /// <summary>
    /// Minutes waited by patients who did not give up: called after that long, or still waiting
    /// at the moment learned. With <see cref="LeftAfter"/> this shows how patient people are,
    /// not just how patient those who happened to wait long were.
    /// </summary>
    public IReadOnlyList<double> StayedFor { get; }

    /// <summary>
    /// By provider: minutes from when they could first have called someone (their start, or their
    /// first patient's arrival if later) to when they did. Some are always late in.
    /// </summary>
    public IReadOnlyDictionary<string, List<double>> StartDelays { get; }

    /// <summary>
    /// By provider: minutes from going to lunch (once the morning list was seen) to calling the
    /// next patient who was already waiting. Lunches overrun; this says by how much.
    /// </summary>
    public IReadOnlyDictionary<string, List<double>> LunchBreaks { get; }

    public int Arrived { get; }
    public int Booked { get; }
    public int NoShows { get; }
    public int Days { get; }

    public int CompletedVisits => Durations.Values.Sum(d => d.Count);

    public double WalkInsPerHour(string providerId) => _hours <= 0 ? 0 : _walkIns.GetValueOrDefault(providerId) / _hours;

    /// <summary>Learns from whole finished days.</summary>
    public static ClinicHistory Learn(IEnumerable<WaitingRoomDay> days) => Accumulate(null, days.Select(d => (d, DateTimeOffset.MaxValue)));

    /// <summary>This history plus today as far as it has gone: only what is known at <paramref name="now"/>.</summary>
    public ClinicHistory Plus(WaitingRoomDay today, DateTimeOffset now) => PlusKnown(today.AsOf(now), now);

    /// <summary>As <see cref="Plus"/>, for a room already cut at <paramref name="now"/> with <c>AsOf</c>.</summary>
    internal ClinicHistory PlusKnown(WaitingRoomDay knownAtNow, DateTimeOffset now) => Accumulate(this, [(knownAtNow, now)]);

    private static ClinicHistory Accumulate(ClinicHistory? start, IEnumerable<(WaitingRoomDay Day, DateTimeOffset AsOf)> days)
    {
        var durations = new Dictionary<string, LogStats>(start?.Durations ?? new Dictionary<string, LogStats>());
        var gaps = new List<double>(start?.Gaps ?? []);
        var offsets = new List<double>(start?.ArrivalOffsets ?? []);
        var byProvider = new Dictionary<string, LogStats>(start?.ProviderDurations ?? new Dictionary<string, LogStats>());
        var left = new List<double>(start?.LeftAfter ?? []);
        var stayed = new List<double>(start?.StayedFor ?? []);
        var lunchBreaks = (start?.LunchBreaks ?? new Dictionary<string, List<double>>()).ToDictionary(d => d.Key, d => new List<double>(d.Value));
        var startDelays = (start?.StartDelays ?? new Dictionary<string, List<double>>()).ToDictionary(d => d.Key, d => new List<double>(d.Value));
        var arrived = start?.Arrived ?? 0;
        var walkIns = new Dictionary<string, double>(start?._walkIns ?? []);
        int booked = start?.Booked ?? 0, noShows = start?.NoShows ?? 0, dayCount = start?.Days ?? 0;
        var hours = start?._hours ?? 0;
        foreach (var (day, asOf) in days)
        {
            dayCount++;
            foreach (var visit in day.Visits)
            {
                Learn(visit, durations, byProvider, offsets);
                if (visit.ArrivedAt is { } came)
                {
                    arrived++;
                    if (visit.State == VisitState.LeftWithoutBeingSeen)
                    {
                        left.Add((visit.Events[^1].At - came).TotalMinutes);
                    }
                    else if (visit.CalledAt is { } called)
                    {
                        stayed.Add((called - came).TotalMinutes);
                    }
                    else if (visit.IsWaiting && asOf != DateTimeOffset.MaxValue)
                    {
                        stayed.Add((asOf - came).TotalMinutes);
                    }
                }

                if (visit.Appointment.WalkIn)
                {
                    walkIns[visit.ProviderId] = walkIns.GetValueOrDefault(visit.ProviderId) + 1;
                }
            }

            // Only appointments long enough ago to have been a no-show count, or today's rate would look too good.
            booked += day.Appointments.Count(a => !a.WalkIn && a.StartsAt.AddMinutes(NoShowAfterMinutes) <= asOf);
            noShows += day.Visits.Count(v => v.State == VisitState.NoShow);
            gaps.AddRange(day.Clinic.Providers.SelectMany(p => GapsOf(day, p.Id)));
            foreach (var (provider, schedule) in day.Clinic.Schedules)
            {
                if (LunchBreakOf(day, provider, schedule) is { ShowsLength: true } lunch)
                {
                    lunchBreaks.TryAdd(provider, []);
                    lunchBreaks[provider].Add((lunch.EndedAt - lunch.StartedAt).TotalMinutes);
                }
            }

            foreach (var (provider, delay) in StartDelaysOf(day))
            {
                startDelays.TryAdd(provider, []);
                startDelays[provider].Add(delay);
            }

            hours += OpenHours(day);
        }

        return new ClinicHistory(durations, gaps, offsets, byProvider, left, stayed, startDelays, lunchBreaks, arrived, booked, noShows, walkIns, hours, dayCount);
    }

    public static string ProviderKey(string providerId, string visitTypeId) => $"{providerId}|{visitTypeId}";

    private static void Learn(Visit visit, Dictionary<string, LogStats> durations, Dictionary<string, LogStats> byProvider, List<double> offsets)
    {
        var inRoom = visit.Events.LastOrDefault(e => e.Kind == VisitEventKind.InRoom)?.At;
        var done = visit.Events.LastOrDefault(e => e.Kind == VisitEventKind.Done)?.At;
        if (inRoom is { } start && done is { } end && end > start)
        {
            var type = visit.Appointment.VisitTypeId;
            durations[type] = durations.GetValueOrDefault(type).Add((end - start).TotalMinutes);
            var key = ProviderKey(visit.ProviderId, type);
            byProvider[key] = byProvider.GetValueOrDefault(key).Add((end - start).TotalMinutes);
        }

        if (!visit.Appointment.WalkIn && visit.ArrivedAt is { } arrived)
        {
            offsets.Add((arrived - visit.Appointment.StartsAt).TotalMinutes);
        }
    }

    private static IEnumerable<double> GapsOf(WaitingRoomDay day, string providerId)
    {
        var seen = day.Visits
            .Where(v => v.ProviderId == providerId && v.CalledAt is not null)
            .OrderBy(v => v.CalledAt)
            .ToList();
        for (var i = 1; i < seen.Count; i++)
        {
            var done = seen[i - 1].Events.LastOrDefault(e => e.Kind == VisitEventKind.Done)?.At;
            var next = seen[i];
            if (done is { } finished && next.ArrivedAt <= finished && next.CalledAt >= finished)
            {
                var gap = (next.CalledAt!.Value - finished).TotalMinutes;
                if (gap <= MaxGapMinutes && !SpansLunch(day, providerId, finished, next.CalledAt.Value))
                {
                    yield return gap;
                }
            }
        }
    }

    private static IEnumerable<(string Provider, double Minutes)> StartDelaysOf(WaitingRoomDay day)
    {
        foreach (var (providerId, schedule) in day.Clinic.Schedules)
        {
            var mine = day.Visits.Where(v => v.ProviderId == providerId && v.ArrivedAt is not null).ToList();
            var firstCall = mine.Min(v => v.CalledAt);
            if (firstCall is { } called)
            {
                var due = Later(day.Clinic.At(day.Day, schedule.Start), mine.Min(v => v.ArrivedAt)!.Value);
                yield return (providerId, (called - due).TotalMinutes);
            }
        }
    }

    /// <summary>
    /// A provider's lunch as far as the day shows it (up to <paramref name="now"/>): it starts at
    /// lunch time, or when they finish the patient in hand and any booked before lunch; it ends at
    /// the next call. Null when the day shows no lunch begun.
    /// </summary>
    internal static LunchSeen? LunchBreakOf(WaitingRoomDay day, string providerId, ProviderSchedule schedule, DateTimeOffset? now = null)
    {
        if (schedule.LunchAt is not { } lunchAt || schedule.LunchMinutes <= 0)
        {
            return null;
        }

        var due = day.Clinic.At(day.Day, lunchAt);
        var seen = day.Visits.Where(v => v.ProviderId == providerId && v.CalledAt is not null).OrderBy(v => v.CalledAt).ToList();
        var inHand = seen.LastOrDefault(v => v.CalledAt <= due);
        var free = inHand is null ? due : DoneAt(inHand) is { } done ? Later(done, due) : (DateTimeOffset?)null;
        while (free is { } from)
        {
            var next = seen.FirstOrDefault(v => v.CalledAt > from);
            if (next is null)
            {
                return from <= (now ?? DateTimeOffset.MaxValue) ? new LunchSeen(from, from, false, false) : null;
            }

            if ((next.CalledAt!.Value - from).TotalMinutes >= schedule.LunchMinutes / 2.0)
            {
                // Only a patient already waiting when lunch was meant to end shows how long it really lasted.
                return new LunchSeen(from, next.CalledAt.Value, true, next.ArrivedAt <= from.AddMinutes(schedule.LunchMinutes));
            }

            free = DoneAt(next); // called straight away: booked before lunch, seen first
        }

        return null;
    }

    private static DateTimeOffset? DoneAt(Visit visit) => visit.Events.LastOrDefault(e => e.Kind == VisitEventKind.Done)?.At;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static bool SpansLunch(WaitingRoomDay day, string providerId, DateTimeOffset from, DateTimeOffset to)
    {
        if (!day.Clinic.Schedules.TryGetValue(providerId, out var schedule) || schedule.LunchAt is not { } lunch)
        {
            return false;
        }

        var lunchStart = day.Clinic.At(day.Day, lunch);
        return from <= lunchStart.AddMinutes(schedule.LunchMinutes) && to >= lunchStart;
    }

    private static double OpenHours(WaitingRoomDay day)
    {
        var arrivals = day.Visits.Select(v => v.ArrivedAt).OfType<DateTimeOffset>().ToList();
        return arrivals.Count < 2 ? 0 : (arrivals.Max() - arrivals.Min()).TotalHours;
    }
}

/// <summary>
/// A lunch seen in a day: when it started, when it ended if it has, and whether that end shows
/// its real length (someone was waiting for the provider to come back).
/// </summary>
internal sealed record LunchSeen(DateTimeOffset StartedAt, DateTimeOffset EndedAt, bool Ended, bool ShowsLength);
