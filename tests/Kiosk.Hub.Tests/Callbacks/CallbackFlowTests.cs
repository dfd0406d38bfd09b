using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Callbacks;

/// <summary>Kiosk asks → two receptionists → the patient's phone hears back. Real Kestrel, real SignalR clients.</summary>
public sealed class CallbackFlowTests : OnAFreshHub
{
    [Test]
    public async Task A_kiosk_question_reaches_both_receptionists_one_claims_and_the_phone_gets_the_answer()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var ann = await Server.ReceptionAsync();
        await using var bob = await Server.SecondReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var statuses = new Inbox<QuestionStatusView>(phone, nameof(IWaitingRoomClient.QuestionUpdated));
        var annLists = new Inbox<CallbackList>(ann, nameof(IWaitingRoomClient.CallbacksChanged));
        var bobLists = new Inbox<CallbackList>(bob, nameof(IWaitingRoomClient.CallbacksChanged));
        var kioskLists = new Inbox<CallbackList>(kiosk, nameof(IWaitingRoomClient.CallbacksChanged));
        Assert.That((await ann.InvokeAsync<CallbackList>(nameof(IWaitingRoomHub.WatchCallbacks))).Items, Is.Empty);
        await bob.InvokeAsync<CallbackList>(nameof(IWaitingRoomHub.WatchCallbacks));

        var asked = await kiosk.AskAsync(ticket.Token);
        var id = asked.Value!.Id;
        var seenByAnn = (await annLists.NextAsync(l => l.Items.Any(i => i.Id == id))).Items.Single(i => i.Id == id);
        await bobLists.NextAsync(l => l.Items.Any(i => i.Id == id));
        var received = await statuses.NextAsync();

        var claims = await Task.WhenAll(Attempt(ann, id), Attempt(bob, id));
        var onIt = await statuses.NextAsync(s => s.Status == QuestionStatus.OnIt);
        var winner = claims[0].Item is not null ? ann : bob;
        var answered = await winner.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), id, "Only one payment went through; the other was a hold.");
        var told = await statuses.NextAsync(s => s.Status == QuestionStatus.Answered);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked.Refusal, Is.Null);
            Assert.That(asked.Value.Status, Is.EqualTo(QuestionStatus.Received));
            Assert.That(asked.Value.AnswerDueBy, Is.GreaterThan(asked.Value.AskedAt));
            Assert.That((seenByAnn.TicketCode, seenByAnn.PatientName, seenByAnn.Topic, seenByAnn.Question), Is.EqualTo((ticket.Code, "Aisha Rahman", "Billing", "Why was I billed twice?")));
            Assert.That(seenByAnn.History.Single().By, Is.EqualTo("kiosk:lobby"));
            Assert.That(received.Status, Is.EqualTo(QuestionStatus.Received));
            Assert.That(claims.Count(c => c.Item is not null), Is.EqualTo(1), "exactly one receptionist wins the claim");
            var loser = claims.Single(c => c.Item is null);
            var winnerName = claims.Single(c => c.Item is not null).Item!.ClaimedBy;
            Assert.That(loser.Refusal, Is.EqualTo(new Refusal(RefusalCodes.SomeoneElseHasIt, $"{winnerName} is already on this question.")));
            Assert.That(onIt.Id, Is.EqualTo(id));
            Assert.That(answered.State, Is.EqualTo("Answered"));
            Assert.That(told.Answer, Is.EqualTo("Only one payment went through; the other was a hold."));
            Assert.That(kioskLists.All, Is.Empty, "a kiosk never receives reception's list");
        }
    }

    [Test]
    public async Task A_phone_asks_for_a_call_back_and_hears_that_we_tried_to_call()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        var statuses = new Inbox<QuestionStatusView>(phone, nameof(IWaitingRoomClient.QuestionUpdated));

        var asked = await phone.AskAsync(ticket.Token, "referrals", null, ReplyChannel.CallMeBack, "+34 612 34 56 78");
        var id = asked.Value!.Id;
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), id);
        var item = await reception.ActAsync(nameof(IWaitingRoomHub.CallbackCouldNotReach), id, "no answer, left voicemail");
        var tried = await statuses.NextAsync(s => s.Status == QuestionStatus.TriedToCall);
        var mine = await phone.ValueAsync<IReadOnlyList<QuestionStatusView>>(nameof(IWaitingRoomHub.MyQuestions), ticket.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Phone, Is.EqualTo("+34 612 34 56 78"));
            Assert.That(item.FailedAttempts, Is.EqualTo(1));
            Assert.That(item.History[0].By, Is.EqualTo("phone"));
            Assert.That(tried.Answer, Is.Null);
            Assert.That(mine.Single().Status, Is.EqualTo(QuestionStatus.TriedToCall));
        }
    }

    [Test]
    public async Task A_double_tap_or_a_retry_after_reconnecting_is_one_question()
    {
        await using var kiosk = await Server.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var key = Guid.NewGuid();

        var both = await Task.WhenAll(kiosk.AskAsync(ticket.Token, key: key), kiosk.AskAsync(ticket.Token, key: key));
        await using var reconnected = await Server.KioskAsync();
        var retried = await reconnected.AskAsync(ticket.Token, key: key);

        Assert.That(new[] { both[1].Value!.Id, retried.Value!.Id }, Has.All.EqualTo(both[0].Value!.Id));
        Assert.That(Server.CountRows("CallbackRequests"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_phone_sees_only_its_own_visits_questions()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var otherPhone = await Server.AnonymousAsync();
        var mine = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var theirs = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        await otherPhone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), theirs.Token);
        var overheard = new Inbox<QuestionStatusView>(otherPhone, nameof(IWaitingRoomClient.QuestionUpdated));

        await kiosk.AskAsync(mine.Token);
        var theirList = await otherPhone.ValueAsync<IReadOnlyList<QuestionStatusView>>(nameof(IWaitingRoomHub.MyQuestions), theirs.Token);
        var asked = await otherPhone.AskAsync(theirs.Token, "insurance");
        await overheard.NextAsync(q => q.Id == asked.Value!.Id);

        Assert.That(theirList, Is.Empty);
        Assert.That(overheard.All.Select(q => q.Id), Is.EqualTo(new[] { asked.Value!.Id }));
    }

    [Test]
    public async Task Only_reception_may_act_on_questions_or_watch_the_list()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var id = (await phone.AskAsync(ticket.Token)).Value!.Id;

        foreach (var client in new[] { kiosk, phone })
        {
            await Assert.ThrowsAsync<HubException>(() => client.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), id));
            await Assert.ThrowsAsync<HubException>(() => client.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), id, "x"));
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<CallbackList>(nameof(IWaitingRoomHub.WatchCallbacks)));
        }
    }

    private static async Task<(CallbackItem? Item, Refusal? Refusal)> Attempt(HubConnection reception, Guid id)
    {
        var claim = await reception.InvokeAsync<HubResult<CallbackItem>>(nameof(IWaitingRoomHub.ClaimCallback), new CallbackAction(id, null));
        return (claim.Value, claim.Refusal);
    }
}
