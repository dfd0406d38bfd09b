using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.WaitingRoom.Tests.Callbacks;

public sealed class CallbackReportTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static CallbackRequest Asked(string topic, DateTimeOffset at, int promiseMinutes, int? answeredAfter = null)
    {
        var r = new CallbackRequest(new CallbackQuestion(Guid.NewGuid(), Guid.NewGuid(), topic, null, ReplyBy.TellMeHere, null), at.AddMinutes(promiseMinutes), "phone", at);
        if (answeredAfter is { } m)
        {
            r.Claim("ann", at.AddMinutes(1));
            r.MarkAnswered("Answer", "ann", at.AddMinutes(m));
        }

        return r;
    }

    [Test]
    public void The_day_is_counted_by_topic_with_median_time_to_answer_and_promises_kept()
    {
        var requests = new[]
        {
            Asked("billing", Morning, 120, answeredAfter: 30),
            Asked("billing", Morning.AddHours(1), 120, answeredAfter: 150),   // late
            Asked("billing", Morning.AddHours(2), 120, answeredAfter: 60),
            Asked("referrals", Morning.AddHours(3), 60),                      // past due, unanswered: a broken promise
            Asked("referrals", Morning.AddHours(5), 480),                     // not yet due: not counted either way
            Asked("billing", Morning.AddDays(-1), 120, answeredAfter: 5),     // yesterday
        };

        var report = CallbackReport.For(new DateOnly(2026, 11, 24), requests, London, Morning.AddHours(6));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Topics, Is.EqualTo(new[]
            {
                new CallbackReportLine("billing", 3, 3, 60, 3, 2),
                new CallbackReportLine("referrals", 2, 0, null, 1, 0),
            }));
            Assert.That(report.Total, Is.EqualTo(new CallbackReportLine(CallbackReport.AllTopics, 5, 3, 60, 4, 2)));
            Assert.That(report.Total.PromisesKeptPercent, Is.EqualTo(50));
            Assert.That(report.Topics[1].PromisesKeptPercent, Is.Zero);
        }
    }

    [Test]
    public void A_quiet_day_has_no_median_and_no_percentage_rather_than_zeros()
    {
        var report = CallbackReport.For(new DateOnly(2026, 11, 24), [], London, Morning);

        Assert.That(report.Total, Is.EqualTo(new CallbackReportLine(CallbackReport.AllTopics, 0, 0, null, 0, 0)));
        Assert.That(report.Total.PromisesKeptPercent, Is.Null);
    }

    [Test]
    public void An_even_number_of_answers_takes_the_middle_two()
    {
        var report = CallbackReport.For(new DateOnly(2026, 11, 24), [Asked("billing", Morning, 120, 10), Asked("billing", Morning, 120, 20)], London, Morning.AddHours(1));

        Assert.That(report.Total.MedianMinutesToAnswer, Is.EqualTo(15));
    }
}
