namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>One topic's line in the day's report; Topic "all" is the total.</summary>
public sealed record CallbackReportLine(string Topic, int Asked, int Answered, double? MedianMinutesToAnswer, int PromisesDue, int PromisesKept)
{
    /// <summary>Of the questions whose promise has come due (answered, or past the deadline), how many were answered in time.</summary>
    public double? PromisesKeptPercent => PromisesDue == 0 ? null : Math.Round(100.0 * PromisesKept / PromisesDue, 1);
}

/// <summary>Questions asked on one clinic day: by topic, how fast they were answered, and whether we kept our word.</summary>
public sealed record CallbackReport(DateOnly Day, IReadOnlyList<CallbackReportLine> Topics, CallbackReportLine Total)
{
    public const string AllTopics = "all";

    public static CallbackReport For(DateOnly day, IEnumerable<CallbackRequest> requests, TimeZoneInfo zone, DateTimeOffset now)
    {
        var asked = requests.Where(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.ReceivedAt, zone).DateTime) == day).ToList();
        var topics = asked.GroupBy(r => r.Question.TopicId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Line(g.Key, g.ToList(), now)).ToList();
        return new CallbackReport(day, topics, Line(AllTopics, asked, now));
    }

    private static CallbackReportLine Line(string topic, List<CallbackRequest> asked, DateTimeOffset now)
    {
        var minutes = asked.Where(r => r.AnsweredAt is not null).Select(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalMinutes).Order().ToList();
        var due = asked.Where(r => r.IsPromiseDue(now)).ToList();
        return new CallbackReportLine(topic, asked.Count, minutes.Count, Median(minutes), due.Count, due.Count(r => r.PromiseKept));
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
