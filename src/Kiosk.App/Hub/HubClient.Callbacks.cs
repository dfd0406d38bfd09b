using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>The kiosk's side of "I have a question": the same never-give-up connection as check-in.</summary>
public sealed partial class HubClient
{
    public event Action<QuestionStatusView>? QuestionUpdated;

    public async Task<IReadOnlyList<CallbackTopicView>> CallbackTopicsAsync(CancellationToken ct = default)
    {
        if (_connection.State != HubConnectionState.Connected)
        {
            throw new HubUnavailableException("The kiosk is not connected to the clinic's system right now.");
        }

        return await _connection.InvokeAsync<IReadOnlyList<CallbackTopicView>>(nameof(IWaitingRoomHub.CallbackTopics), ct);
    }

    public Task<HubResult<QuestionStatusView>> AskQuestionAsync(AskQuestionRequest request, CancellationToken ct = default) =>
        InvokeAsync<QuestionStatusView>(nameof(IWaitingRoomHub.AskQuestion), request, ct);
}
