using Kiosk.Hub.Clinic;
using Kiosk.Contracts.Callbacks;
using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.Hub.Callbacks;

/// <summary>What the patient and reception each may see of a request.</summary>
public static class CallbackViews
{
    /// <summary>The patient's view: no staff names, no notes; the answer only if they asked to be told here.</summary>
    public static QuestionStatusView Status(CallbackRequest r) => new(
        r.Id,
        r.Question.TopicId,
        Channel(r.Question.ReplyBy),
        r.State switch
        {
            CallbackState.Received => QuestionStatus.Received,
            CallbackState.Claimed or CallbackState.Escalated => QuestionStatus.OnIt,
            CallbackState.Answered => QuestionStatus.Answered,
            CallbackState.CouldNotReach => QuestionStatus.TriedToCall,
            _ when r.AnsweredAt is not null => QuestionStatus.Answered,
            _ when r.FailedAttempts > 0 => QuestionStatus.TriedToCall,
            _ => QuestionStatus.Closed,
        },
        r.ReceivedAt,
        r.Deadline,
        r.Question.ReplyBy == ReplyBy.TellMeHere ? r.Answer : null);

    public static CallbackItem Item(CallbackRequest r, AskingVisit? visit, CallbackTopic? topic, BusinessHours hours, PhoneInput phones, DateTimeOffset now)
    {
        // The promise clock stops when the patient has their answer (or the request is closed).
        var until = r.AnsweredAt ?? r.ClosedAt ?? now;
        var promise = hours.BusinessTimeBetween(r.ReceivedAt, r.Deadline);
        var progress = hours.Progress(r.ReceivedAt, promise, until);
        return new CallbackItem(
            r.Id,
            visit?.Code ?? "?",
            visit?.PatientName ?? "(visit not found)",
            r.Question.TopicId,
            topic?.Name(CallbackTopic.DefaultLanguage) ?? r.Question.TopicId,
            r.Question.Text,
            Channel(r.Question.ReplyBy),
            r.Question.Phone is { } phone ? phones.ForDialling(phone) : null,
            r.State.ToString(),
            r.ClaimedBy,
            r.EscalatedTo,
            r.FailedAttempts,
            r.ReceivedAt,
            r.Deadline,
            Math.Round(progress.Fraction, 3),
            (PromiseLight)(int)progress.Status,
            r.Answer,
            r.Events.Select(e => new CallbackStep(e.Kind.ToString(), e.At, e.By, e.Detail)).ToList());
    }

    public static ReplyChannel Channel(ReplyBy reply) => reply == ReplyBy.CallMeBack ? ReplyChannel.CallMeBack : ReplyChannel.TellMeHere;

    public static ReplyBy Reply(ReplyChannel channel) => channel == ReplyChannel.CallMeBack ? ReplyBy.CallMeBack : ReplyBy.TellMeHere;
}
