namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>When the clinic is open on one weekday, in clinic-local wall-clock time.</summary>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// The clinic's week. A promise like "within 2 business hours" only counts time the clinic is
/// open, so a question asked on Friday evening is due on Monday morning, not on Saturday.
/// </summary>
public sealed class BusinessHours
{
    // A promise longer than a year of open hours is a configuration mistake, not a deadline.
    private const int MaxDaysAhead = 366;
    private readonly Dictionary<DayOfWeek, OpeningHours> _week;

    public BusinessHours(TimeZoneInfo zone, IEnumerable<OpeningHours> week)
    {
        Zone = zone;
        _week = [];
        foreach (var day in week)
        {
            if (day.Closes <= day.Opens) throw new ArgumentException($"On {day.Day} the clinic must close after it opens.", nameof(week));
            if (!_week.TryAdd(day.Day, day)) throw new ArgumentException($"{day.Day} is listed twice.", nameof(week));
        }

        if (_week.Count == 0) throw new ArgumentException("The clinic must be open on at least one day.", nameof(week));
    }

    public TimeZoneInfo Zone { get; }
    public IReadOnlyCollection<OpeningHours> Week => _week.Values;

    public bool IsOpen(DateTimeOffset at) => Windows(at).First().Start <= at;

    /// <summary>The instant when <paramref name="duration"/> of open time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var remaining = duration;
        foreach (var (open, close) in Windows(start))
        {
            var from = open > start ? open : start;
            var available = close - from;
            if (remaining <= available) return from + remaining;
            remaining -= available;
        }

        throw new ArgumentOutOfRangeException(nameof(duration), "That is more open time than a year holds.");
    }

    /// <summary>Open time between two instants: the clock a promise runs on.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        foreach (var (open, close) in Windows(from))
        {
            if (open >= to) break;
            var start = open > from ? open : from;
            var end = close < to ? close : to;
            if (end > start) total += end - start;
        }

        return total;
    }

    /// <summary>How far through its promise a question is: amber at half the promised open time, red when it is used up.</summary>
    public PromiseProgress Progress(DateTimeOffset asked, TimeSpan promise, DateTimeOffset now)
    {
        var fraction = promise <= TimeSpan.Zero ? 1 : BusinessTimeBetween(asked, now) / promise;
        var status = fraction >= 1 ? PromiseStatus.Red : fraction >= 0.5 ? PromiseStatus.Amber : PromiseStatus.OnTrack;
        return new PromiseProgress(AddBusinessTime(asked, promise), fraction, status);
    }

    /// <summary>Open windows as instants, from the one containing or following <paramref name="from"/>.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Windows(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Zone).DateTime);
        for (var i = 0; i <= MaxDaysAhead; i++, day = day.AddDays(1))
        {
            if (!_week.TryGetValue(day.DayOfWeek, out var hours)) continue;
            var window = (At(day, hours.Opens), At(day, hours.Closes));
            if (window.Item2 > from) yield return window;
        }
    }

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}

public enum PromiseStatus
{
    OnTrack,
    Amber,
    Red,
}

public sealed record PromiseProgress(DateTimeOffset Deadline, double Fraction, PromiseStatus Status);
