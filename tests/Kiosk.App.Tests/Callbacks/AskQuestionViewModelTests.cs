using System.Text.Json;
using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Tests.Callbacks;

public sealed class AskQuestionViewModelTests
{
    private static readonly string Strings = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content/strings"));
    private FakeCallbackGateway _hub = null!;
    private AskQuestionViewModel _vm = null!;

    [SetUp]
    public async Task Start()
    {
        _hub = new FakeCallbackGateway();
        _vm = new AskQuestionViewModel(_hub);
        await _vm.StartAsync("tok-1", "es");
    }

    [TearDown]
    public void Stop() => _vm.Dispose();

    [Test]
    public async Task A_question_goes_to_the_hub_for_the_ticket_and_says_when_to_expect_the_answer()
    {
        _vm.ChooseTopicCommand.Execute(FakeCallbackGateway.Billing);
        _vm.Text = "¿Por qué me cobraron dos veces?";
        await _vm.SendCommand.ExecuteAsync(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_vm.TopicName(FakeCallbackGateway.Billing), Is.EqualTo("Facturación"));
            Assert.That(_hub.Asked.Single(), Is.EqualTo(new AskQuestionRequest(_hub.Asked[0].IdempotencyKey, "tok-1", "billing", "¿Por qué me cobraron dos veces?", ReplyChannel.TellMeHere, null, "es")));
            Assert.That(_vm.Step, Is.EqualTo(AskStep.Sent));
            Assert.That(_vm.Question?.AnswerDueBy, Is.EqualTo(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public async Task A_refused_number_stays_on_the_form_with_a_message_and_the_retry_uses_the_same_key()
    {
        _hub.OnAsk = _ => HubResult.Refused<QuestionStatusView>(new Refusal(RefusalReasons.PhoneTooShort, "That phone number cannot be dialled.", "Phone", "07400 123456"));
        _vm.ChooseTopicCommand.Execute(FakeCallbackGateway.Billing);
        _vm.ReplyBy = ReplyChannel.CallMeBack;
        _vm.Phone = "0740";
        await _vm.SendCommand.ExecuteAsync(null);
        var refusedStep = _vm.Step;
        var message = _vm.MessageKey;

        _hub.OnAsk = r => HubResult.Ok(FakeCallbackGateway.Status(r, QuestionStatus.Received));
        _vm.Phone = "07400 123456";
        await _vm.SendCommand.ExecuteAsync(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((refusedStep, message), Is.EqualTo((AskStep.Details, "callbacks.refusal.phone-too-short")));
            Assert.That(_hub.Asked.Select(a => a.IdempotencyKey).Distinct().Count(), Is.EqualTo(1));
            Assert.That(_hub.Asked[1].Phone, Is.EqualTo("07400 123456"));
            Assert.That((_vm.Step, _vm.MessageKey, _vm.Refusal), Is.EqualTo((AskStep.Sent, (string?)null, (Refusal?)null)));
        }
    }

    [Test]
    public async Task When_the_hub_is_unreachable_the_patient_is_told_it_was_not_sent()
    {
        _hub.OnAsk = _ => throw new HubUnavailableException("down");
        _vm.ChooseTopicCommand.Execute(FakeCallbackGateway.Billing);
        await _vm.SendCommand.ExecuteAsync(null);

        Assert.That((_vm.Step, _vm.MessageKey, _vm.IsBusy), Is.EqualTo((AskStep.Details, "callbacks.offline", false)));
    }

    [Test]
    public async Task Status_and_answer_arrive_live_for_this_question_only()
    {
        _vm.ChooseTopicCommand.Execute(FakeCallbackGateway.Billing);
        await _vm.SendCommand.ExecuteAsync(null);
        var mine = _vm.Question!;

        _hub.Push(mine with { Id = Guid.NewGuid(), Status = QuestionStatus.Answered, Answer = "someone else's" });
        _hub.Push(mine with { Status = QuestionStatus.Answered, Answer = "Sólo se cobró una vez." });

        Assert.That((_vm.Question!.Status, _vm.Question.Answer), Is.EqualTo((QuestionStatus.Answered, "Sólo se cobró una vez.")));
    }

    [Test]
    public void Every_message_and_refusal_has_words_in_english_and_spanish()
    {
        var keys = typeof(RefusalReasons).GetFields().Select(f => $"callbacks.refusal.{f.GetValue(null)}")
            .Concat(Enum.GetNames<QuestionStatus>().Select(s => $"callbacks.status.{s}"))
            .Append("callbacks.offline").Append("callbacks.failed").ToList();

        foreach (var language in new[] { "en", "es" })
        {
            var words = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Strings, $"callbacks.{language}.json")))!;
            Assert.That(keys.Where(k => !words.ContainsKey(k)), Is.Empty, $"missing in callbacks.{language}.json");
        }
    }
}
