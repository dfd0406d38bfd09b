using Kiosk.Hub.Realtime;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Kiosk.Hub;

/// <summary>
/// "I don't know — let me find out and call you back." A patient asks with their ticket token
/// (the token is the proof: it only ever reaches that visit's own questions); only reception acts.
/// </summary>
public sealed partial class WaitingRoomHub
{
    public Task<IReadOnlyList<CallbackTopicView>> CallbackTopics() => Task.FromResult(callbacks.Topics());

    public async Task<HubResult<QuestionStatusView>> AskQuestion(AskQuestionRequest request)
    {
        var checkedRequest = CallbackInput.Ask(request);
        if (!HubInput.LooksLikeToken(checkedRequest.TicketToken)) throw RefusedException.TicketNotValid();
        var by = Context.User?.IsInRole(Roles.Kiosk) == true ? $"kiosk:{Caller()}" : "phone";
        return await callbacks.AskAsync(checkedRequest, by, Context.ConnectionAborted);
    }

    public async Task<HubResult<IReadOnlyList<QuestionStatusView>>> MyQuestions(string token) =>
        HubResult.Ok(await callbacks.ForTicketAsync(HubInput.Token(token), Context.ConnectionAborted) ?? throw RefusedException.TicketNotValid());

    [Authorize(Roles = Roles.Reception)]
    public async Task<CallbackList> WatchCallbacks()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Reception, Context.ConnectionAborted);
        return await callbacks.ListAsync(Context.ConnectionAborted);
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> ClaimCallback(CallbackAction action) =>
        HubResult.Ok(await callbacks.ActAsync(CallbackInput.Id(action), (r, now) => r.Claim(Caller(), now), Context.ConnectionAborted));

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> AddCallbackNote(CallbackAction action)
    {
        var note = CallbackInput.Text(action, "Write the note.", CallbackInput.MaxNoteLength);
        return HubResult.Ok(await callbacks.ActAsync(action.CallbackId, (r, now) => r.AddNote(note!, Caller(), now), Context.ConnectionAborted));
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> MarkCallbackAnswered(CallbackAction action)
    {
        var answer = CallbackInput.Text(action, null, CallbackInput.MaxNoteLength);
        return HubResult.Ok(await callbacks.ActAsync(action.CallbackId, (r, now) => r.Question.ReplyBy == WaitingRoom.Callbacks.ReplyBy.TellMeHere && answer is null
            ? throw RefusedException.Invalid(nameof(CallbackAction.Text), "The patient asked to be told here: write the answer they will read.")
            : r.MarkAnswered(answer, Caller(), now), Context.ConnectionAborted));
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> CallbackCouldNotReach(CallbackAction action)
    {
        var note = CallbackInput.Text(action, null, CallbackInput.MaxNoteLength);
        return HubResult.Ok(await callbacks.ActAsync(action.CallbackId, (r, now) => r.CouldNotReach(Caller(), now, note), Context.ConnectionAborted));
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> EscalateCallback(CallbackAction action)
    {
        var role = CallbackInput.Text(action, "Say who to escalate to, e.g. practice manager.", CallbackInput.MaxRoleLength);
        return HubResult.Ok(await callbacks.ActAsync(action.CallbackId, (r, now) => r.Escalate(role!, Caller(), now), Context.ConnectionAborted));
    }

    [Authorize(Roles = Roles.Reception)]
    public async Task<HubResult<CallbackItem>> CloseCallback(CallbackAction action) =>
        HubResult.Ok(await callbacks.ActAsync(CallbackInput.Id(action), (r, now) => r.Close(Caller(), now), Context.ConnectionAborted));
}
