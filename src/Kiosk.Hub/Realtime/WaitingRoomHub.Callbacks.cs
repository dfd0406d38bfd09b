using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// "I don't know — let me find out and call you back." A patient asks with their ticket token
/// (the token is the proof: it only ever reaches that visit's own questions); only reception acts.
/// </summary>
public sealed partial class WaitingRoomHub
{
    public Task<IReadOnlyList<CallbackTopicView>> CallbackTopics() => Task.FromResult(callbacks.Topics());

    public async Task<AskQuestionResult> AskQuestion(AskQuestionRequest request)
    {
        var checkedRequest = CallbackInput.Ask(request);
        if (!HubInput.LooksLikeToken(checkedRequest.TicketToken)) return new AskQuestionResult(null, new QuestionRefusal(RefusalReasons.TicketNotValid));
        var by = Context.User?.IsInRole(Roles.Kiosk) == true ? $"kiosk:{Caller()}" : "phone";
        return await callbacks.AskAsync(checkedRequest, by, Context.ConnectionAborted);
    }

    public async Task<IReadOnlyList<QuestionStatusView>> MyQuestions(string token) =>
        await callbacks.ForTicketAsync(HubInput.Token(token), Context.ConnectionAborted)
            ?? throw new HubException("That ticket link is not valid or the visit has ended.");

    [Authorize(Roles = Roles.Reception)]
    public async Task<CallbackList> WatchCallbacks()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Reception, Context.ConnectionAborted);
        return await callbacks.ListAsync(Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> ClaimCallback(CallbackAction action) =>
        callbacks.ActAsync(CallbackInput.Id(action), (r, now) => r.Claim(Caller(), now), Context.ConnectionAborted);

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> AddCallbackNote(CallbackAction action)
    {
        var note = CallbackInput.Text(action, "Write the note.", CallbackInput.MaxNoteLength);
        return callbacks.ActAsync(action.CallbackId, (r, now) => r.AddNote(note!, Caller(), now), Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> MarkCallbackAnswered(CallbackAction action)
    {
        var answer = CallbackInput.Text(action, null, CallbackInput.MaxNoteLength);
        return callbacks.ActAsync(action.CallbackId, (r, now) => r.Question.ReplyBy == WaitingRoom.Callbacks.ReplyBy.TellMeHere && answer is null
            ? throw new HubException("The patient asked to be told here: write the answer they will read.")
            : r.MarkAnswered(answer, Caller(), now), Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> CallbackCouldNotReach(CallbackAction action)
    {
        var note = CallbackInput.Text(action, null, CallbackInput.MaxNoteLength);
        return callbacks.ActAsync(action.CallbackId, (r, now) => r.CouldNotReach(Caller(), now, note), Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> EscalateCallback(CallbackAction action)
    {
        var role = CallbackInput.Text(action, "Say who to escalate to, e.g. practice manager.", CallbackInput.MaxRoleLength);
        return callbacks.ActAsync(action.CallbackId, (r, now) => r.Escalate(role!, Caller(), now), Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public Task<CallbackItem> CloseCallback(CallbackAction action) =>
        callbacks.ActAsync(CallbackInput.Id(action), (r, now) => r.Close(Caller(), now), Context.ConnectionAborted);
}
