using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>The kiosk's side of "I have a question": the same never-give-up connection as check-in.</summary>
public sealed partial class HubClient
{
    /// <summary>The topics as the hub last gave them: a question asked while it is away still has its list (and goes through the outbox).</summary>
    private IReadOnlyList<CallbackTopicView>? _topics;

    public event Action<QuestionStatusView>? QuestionUpdated;

    public async Task<IReadOnlyList<CallbackTopicView>> CallbackTopicsAsync(CancellationToken ct = default)
    {
        if (_connection.State != HubConnectionState.Connected)
        {
            return _topics ?? throw new HubUnavailableException("The kiosk is not connected to the clinic's system right now.");
        }

        return _topics = await _connection.InvokeAsync<IReadOnlyList<CallbackTopicView>>(nameof(IWaitingRoomHub.CallbackTopics), ct);
    }

    public Task<HubResult<QuestionStatusView>> AskQuestionAsync(AskQuestionRequest request, CancellationToken ct = default) =>
        InvokeAsync<QuestionStatusView>(nameof(IWaitingRoomHub.AskQuestion), request, ct);

    /// <summary>On every connect, so the list is at hand if the hub goes away before anyone asked.</summary>
    private async Task RememberTopicsAsync()
    {
        try
        {
            await CallbackTopicsAsync(_stopping.Token);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or OperationCanceledException or ObjectDisposedException or HubUnavailableException)
        {
            // Kept from the last time, or asked for again on the next connect.
        }
    }
}
