using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Testing;

/// <summary>What a kiosk or phone does to ask a question, and what reception does to act on one.</summary>
public static class Questions
{
    public const string UkMobile = "07400 123456";

    public static Task<HubResult<QuestionStatusView>> AskAsync(this HubConnection client, string token, string topic = "billing", string? text = "Why was I billed twice?",
        ReplyChannel reply = ReplyChannel.TellMeHere, string? phone = null, Guid? key = null) =>
        client.InvokeAsync<HubResult<QuestionStatusView>>(nameof(IWaitingRoomHub.AskQuestion), new AskQuestionRequest(key ?? Guid.NewGuid(), token, topic, text, reply, phone));

    public static Task<CallbackItem> ActAsync(this HubConnection reception, string method, Guid id, string? text = null) =>
        reception.ValueAsync<CallbackItem>(method, new CallbackAction(id, text));
}
