using Kiosk.App.Core.Callbacks;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Tests.Callbacks;

/// <summary>An in-memory hub for the question ViewModel: answers what the test sets, records what was asked.</summary>
internal sealed class FakeCallbackGateway : ICallbackGateway
{
    public static readonly CallbackTopicView Billing = new("billing", new Dictionary<string, string> { ["en"] = "Billing", ["es"] = "Facturación" }, 2);

    public event Action<QuestionStatusView>? QuestionUpdated;

    public Func<AskQuestionRequest, HubResult<QuestionStatusView>> OnAsk { get; set; } = r => HubResult.Ok(Status(r, QuestionStatus.Received));

    public List<AskQuestionRequest> Asked { get; } = [];

    public static QuestionStatusView Status(AskQuestionRequest r, QuestionStatus status, string? answer = null) =>
        new(r.IdempotencyKey, r.TopicId, r.ReplyBy, status, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), answer);

    public Task<IReadOnlyList<CallbackTopicView>> CallbackTopicsAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<CallbackTopicView>>([Billing]);

    public Task<HubResult<QuestionStatusView>> AskQuestionAsync(AskQuestionRequest request, CancellationToken ct = default)
    {
        Asked.Add(request);
        return Task.FromResult(OnAsk(request));
    }

    public void Push(QuestionStatusView q) => QuestionUpdated?.Invoke(q);
}
