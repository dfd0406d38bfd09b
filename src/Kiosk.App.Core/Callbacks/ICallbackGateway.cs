using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Core.Callbacks;

/// <summary>What the question screens need from the hub. Refusals the patient can fix come back in the result, not as exceptions.</summary>
public interface ICallbackGateway
{
    /// <summary>One of a watched ticket's questions changed (someone is on it, answered, ...).</summary>
    event Action<QuestionStatusView>? QuestionUpdated;

    Task<IReadOnlyList<CallbackTopicView>> CallbackTopicsAsync(CancellationToken ct = default);

    Task<HubResult<QuestionStatusView>> AskQuestionAsync(AskQuestionRequest request, CancellationToken ct = default);
}
