using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>
/// A question a patient asked (a callback), how the answer was to reach them, and how its
/// promise went. Never the words of the question, the answer or the desk's notes; the phone
/// number only when personal data was asked for, and only while retention still keeps it.
/// </summary>
public sealed record QuestionLine(
    DateOnly Day,
    string TicketCode,
    string Topic,
    string Channel,
    DateTimeOffset AskedAt,
    DateTimeOffset PromisedBy,
    DateTimeOffset? AnsweredAt,
    double? MinutesToAnswer,
    bool? PromiseKept,
    string State,
    string? Phone)
{
    /// <summary><see cref="PromiseKept"/> is empty while the promise is not due yet: unanswered and not past its time.</summary>
    public static QuestionLine For(CallbackRequest request, DateOnly day, string ticketCode, ClinicProfile clinic, DateTimeOffset now, bool withPersonalData) => new(
        day,
        ticketCode,
        request.Question.TopicId,
        request.Question.ReplyBy switch
        {
            ReplyBy.CallMeBack => "call-me-back",
            ReplyBy.TellMeHere => "tell-me-here",
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Question.ReplyBy, null),
        },
        clinic.LocalTime(request.ReceivedAt),
        clinic.LocalTime(request.Deadline),
        VisitLine.Local(clinic, request.AnsweredAt),
        ExportMinutes.Of(request.AnsweredAt - request.ReceivedAt),
        request.IsPromiseDue(now) ? request.PromiseKept : null,
        request.State switch
        {
            CallbackState.CouldNotReach => "could-not-reach",
            var state => state.ToString().ToLowerInvariant(),
        },
        withPersonalData ? request.Question.Phone : null);
}
