using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Realtime;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Callbacks;

/// <summary>
/// The one owner of callback requests. Every step is taken under one write gate (so of two
/// receptionists claiming at once exactly one wins), committed with the room's next sequence
/// number, and handed to the notifier before the gate opens: pushes go out in commit order.
/// </summary>
public sealed class CallbackService(
    IServiceScopeFactory scopes,
    CallbackTopics topics,
    BusinessHours hours,
    PhoneInput phones,
    ClinicProfile clinic,
    TimeProvider time,
    IRoomNotifier notifier,
    ILogger<CallbackService> log) : IDisposable
{
    // Closed questions stay visible on reception for the rest of the shift, then drop off the list.
    private static readonly TimeSpan ClosedVisibleFor = TimeSpan.FromHours(12);
    private readonly SemaphoreSlim _writes = new(1, 1);

    public IReadOnlyList<CallbackTopicView> Topics() => topics.Views;

    public async Task<HubResult<QuestionStatusView>> AskAsync(AskQuestionRequest ask, string by, CancellationToken ct)
    {
        if (topics.Find(ask.TopicId) is not { } topic) return Refused(QuestionRefusals.For(RefusalReasons.UnknownTopic));
        var text = string.IsNullOrWhiteSpace(ask.Text) ? null : ask.Text.Trim();
        if (text?.Length > CallbackQuestion.MaxTextLength) return Refused(QuestionRefusals.For(RefusalReasons.TextTooLong, maxLength: CallbackQuestion.MaxTextLength));
        string? phone = null;
        if (ask.ReplyBy == ReplyChannel.CallMeBack)
        {
            var check = phones.Check(ask.Phone);
            if (check.Reason is { } reason) return Refused(QuestionRefusals.For(reason, check.Example));
            phone = check.E164;
        }

        Task told;
        HubResult<QuestionStatusView> result;
        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<CallbackStore>();
            if (await store.VisitByTokenAsync(ask.TicketToken, ct) is not { } visit || visit.Day != clinic.Today(time))
            {
                return Refused(QuestionRefusals.For(RefusalReasons.TicketNotValid));
            }

            if (await store.FindByKeyAsync(ask.IdempotencyKey, ct) is { } earlier)
            {
                // A double tap or a retry after reconnecting: the first question is the answer.
                return earlier.Request.Question.VisitId == visit.VisitId
                    ? HubResult.Ok(CallbackViews.Status(earlier.Request) with { Sequence = await store.SequenceAsync(clinic.Id, ct) })
                    : Refused(QuestionRefusals.For(RefusalReasons.TicketNotValid));
            }

            var now = time.GetUtcNow();
            var language = ask.Language is { Length: >= 2 and <= 8 } l ? l : CallbackTopic.DefaultLanguage;
            var request = new CallbackRequest(
                new CallbackQuestion(Guid.NewGuid(), visit.VisitId, topic.Id, text, CallbackViews.Reply(ask.ReplyBy), phone, language),
                topic.DeadlineFor(now, hours),
                by,
                now);
            await using var transaction = await store.BeginAsync(ct);
            store.Add(request, ask.IdempotencyKey);
            await store.SaveAsync(ct);
            var sequence = await store.NextSequenceAsync(clinic.Id, ct);
            await transaction.CommitAsync(ct);
            log.LogInformation("Question on {Topic} received for ticket {Code}.", topic.Id, visit.Code);
            var status = CallbackViews.Status(request) with { Sequence = sequence };
            told = notifier.Publish(new RoomNews(sequence) { Callbacks = await ListAsync(store, sequence, ct), Question = new(visit.Token, status) });
            result = HubResult.Ok(status);
        }
        finally
        {
            _writes.Release();
        }

        await told;
        return result;
    }

    public async Task<IReadOnlyList<QuestionStatusView>?> ForTicketAsync(string token, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CallbackStore>();
        if (await store.VisitByTokenAsync(token, ct) is not { } visit || visit.Day != clinic.Today(time)) return null;
        var sequence = await store.SequenceAsync(clinic.Id, ct);
        return (await store.ForVisitAsync(visit.VisitId, ct)).Select(r => CallbackViews.Status(r) with { Sequence = sequence }).ToList();
    }

    public async Task<CallbackList> ListAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CallbackStore>();
        // The number first, then the list: what is read is at least as new as its number says.
        return await ListAsync(store, await store.SequenceAsync(clinic.Id, ct), ct);
    }

    /// <summary>The day's report: by topic, median time to answer, promises kept.</summary>
    public async Task<CallbackReport> ReportAsync(DateOnly day, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CallbackStore>();
        // A day is at most 26 hours long in any time zone; start a day early to be safe and let the report pick.
        var requests = await store.ReceivedSinceAsync(clinic.At(day, TimeOnly.MinValue).AddDays(-1), ct);
        return CallbackReport.For(day, requests, clinic.TimeZone, time.GetUtcNow());
    }

    /// <summary>One reception step on one request: load, let the domain accept or refuse, commit, push.</summary>
    public async Task<CallbackItem> ActAsync(Guid id, Func<CallbackRequest, DateTimeOffset, CallbackEvent> step, CancellationToken ct)
    {
        Task told = Task.CompletedTask;
        CallbackItem item;
        await _writes.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<CallbackStore>();
            await using var transaction = await store.BeginAsync(ct);
            var (row, request) = await store.FindAsync(id, ct) ?? throw new CallbackNotFoundException();
            var now = time.GetUtcNow();
            var e = step(request, now);
            var changed = request.Events.Count > row.Events.Count;
            if (changed)
            {
                store.Record(row, request, e);
                await store.SaveAsync(ct);
                log.LogInformation("Question {Id} step {Kind} by {By}.", id, e.Kind, e.By);
            }

            var sequence = changed ? await store.NextSequenceAsync(clinic.Id, ct) : await store.SequenceAsync(clinic.Id, ct);
            await transaction.CommitAsync(ct);
            var list = await ListAsync(store, sequence, ct);
            var visit = await store.VisitsAsync([request.Question.VisitId], ct);
            if (visit.TryGetValue(request.Question.VisitId, out var v))
            {
                told = notifier.Publish(new RoomNews(sequence) { Callbacks = list, Question = new(v.Token, CallbackViews.Status(request) with { Sequence = sequence }) });
            }

            item = list.Items.FirstOrDefault(i => i.Id == id) ?? Item(request, visit.GetValueOrDefault(request.Question.VisitId), now);
        }
        finally
        {
            _writes.Release();
        }

        await told;
        return item;
    }

    public void Dispose() => _writes.Dispose();

    private async Task<CallbackList> ListAsync(CallbackStore store, long sequence, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var requests = await store.ForQueueAsync(now - ClosedVisibleFor, ct);
        var visits = await store.VisitsAsync(requests.Select(r => r.Question.VisitId), ct);
        return new CallbackList(requests.Select(r => Item(r, visits.GetValueOrDefault(r.Question.VisitId), now)).ToList(), now) { Sequence = sequence };
    }

    private CallbackItem Item(CallbackRequest r, AskingVisit? visit, DateTimeOffset now) =>
        CallbackViews.Item(r, visit, topics.Find(r.Question.TopicId), hours, phones, now);

    private static HubResult<QuestionStatusView> Refused(Refusal refusal) => HubResult.Refused<QuestionStatusView>(refusal);
}
