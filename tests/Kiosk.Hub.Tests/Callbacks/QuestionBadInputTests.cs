using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Callbacks;

/// <summary>What a patient can get wrong comes back as a reason code the page words in their language; nothing is stored.</summary>
public sealed class QuestionBadInputTests
{
    private HubServer _server = null!;
    private HubConnection _kiosk = null!;
    private TicketView _ticket = null!;

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _server = new HubServer();
        _kiosk = await _server.KioskAsync();
        _ticket = await _kiosk.CheckInAsync(DemoPatients.Rahman);
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        await _kiosk.DisposeAsync();
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public async Task An_invalid_number_is_refused_with_an_example_in_the_clinics_format()
    {
        var result = await _kiosk.AskAsync(_ticket.Token, reply: ReplyChannel.CallMeBack, phone: "0740");

        Assert.That((result.Value, result.Refusal?.Code, result.Refusal?.Field, result.Refusal?.Example), Is.EqualTo(((QuestionStatusView?)null, RefusalReasons.PhoneTooShort, "Phone", "07400 123456")));
        Assert.That(_server.CountRows("CallbackRequests"), Is.Zero);
    }

    [Test]
    public async Task A_call_back_without_a_number_is_refused()
    {
        var result = await _kiosk.AskAsync(_ticket.Token, reply: ReplyChannel.CallMeBack, phone: null);

        Assert.That(result.Refusal?.Code, Is.EqualTo(RefusalReasons.PhoneMissing));
    }

    [Test]
    public async Task Over_long_text_is_refused_saying_how_long_it_may_be()
    {
        var result = await _kiosk.AskAsync(_ticket.Token, text: new string('a', 501));

        Assert.That((result.Refusal?.Code, result.Refusal?.Example, result.Refusal?.MaxLength), Is.EqualTo((RefusalReasons.TextTooLong, (string?)null, (int?)500)));
    }

    [Test]
    public async Task An_unknown_topic_or_ticket_is_refused()
    {
        var topic = await _kiosk.AskAsync(_ticket.Token, topic: "gossip");
        var ticket = await _kiosk.AskAsync("not-a-real-token");

        Assert.That((topic.Refusal?.Code, ticket.Refusal?.Code), Is.EqualTo((RefusalReasons.UnknownTopic, RefusalReasons.TicketNotValid)));
    }

    [Test]
    public async Task A_question_without_an_idempotency_key_is_refused()
    {
        var refused = (await _kiosk.AskAsync(_ticket.Token, key: Guid.Empty)).Refusal;

        Assert.That(refused?.Message, Does.Contain("idempotency key"));
        Assert.That((refused?.Code, refused?.Field), Is.EqualTo((RefusalCodes.InvalidInput, "IdempotencyKey")));
    }

    [Test]
    public async Task Topics_come_with_names_in_english_and_spanish_and_their_promise()
    {
        var topics = await _kiosk.InvokeAsync<IReadOnlyList<CallbackTopicView>>(nameof(IWaitingRoomHub.CallbackTopics));

        Assert.That(topics.Single(t => t.Id == "billing"), Has.Property(nameof(CallbackTopicView.PromiseBusinessHours)).EqualTo(2));
        Assert.That(topics.Select(t => t.Names["es"]), Has.Member("Facturación"));
    }

    [Test]
    public async Task Reception_is_told_why_an_answer_or_escalation_is_missing()
    {
        await using var reception = await _server.ReceptionAsync();
        var id = (await _kiosk.AskAsync(_ticket.Token)).Value!.Id;
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), id);

        var noAnswer = await Assert.ThrowsAsync<RefusedCallException>(() => reception.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), id, " "));
        var noRole = await Assert.ThrowsAsync<RefusedCallException>(() => reception.ActAsync(nameof(IWaitingRoomHub.EscalateCallback), id));
        var unknown = await Assert.ThrowsAsync<RefusedCallException>(() => reception.ActAsync(nameof(IWaitingRoomHub.CloseCallback), Guid.NewGuid()));
        var tooEarly = await Assert.ThrowsAsync<RefusedCallException>(() => reception.ActAsync(nameof(IWaitingRoomHub.CloseCallback), id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noAnswer!.Message, Does.Contain("write the answer they will read"));
            Assert.That(noRole!.Message, Does.Contain("Say who to escalate to"));
            Assert.That(unknown!.Message, Does.Contain("not in the callbacks list"));
            Assert.That(tooEarly!.Message, Does.Contain("A question that is being handled cannot be closed."));
            Assert.That(new[] { noAnswer.Refusal.Code, noRole.Refusal.Code, unknown.Refusal.Code, tooEarly.Refusal.Code },
                Is.EqualTo(new[] { RefusalCodes.InvalidInput, RefusalCodes.InvalidInput, RefusalCodes.QuestionNotFound, RefusalCodes.NotAllowedNow }));
        }
    }
}
