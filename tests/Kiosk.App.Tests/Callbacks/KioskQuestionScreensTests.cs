using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Tests.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Kiosk.Contracts.Callbacks;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.Callbacks;

/// <summary>
/// "I have a question" from the ticket screen: the on-screen keys, the way back to the ticket, the
/// answers listed on the ticket, and nothing of it left for the next patient.
/// </summary>
public sealed class KioskQuestionScreensTests
{
    private static readonly AppointmentSummary Appointment = new(Guid.NewGuid(), "Aisha", "Dr Lee", "New patient", new TimeOnly(10, 30));
    private static readonly TicketView Ticket = new("tok-aisha", "A001", "Dr Lee", VisitStatus.Waiting, 2, new WaitRange(5, 15, 30, "1 person ahead of you for Dr Lee."), null, "http://127.0.0.1:5080/t/tok-aisha");

    private Session _session = null!;
    private FakeCallbackGateway _callbacks = null!;
    private AskQuestionViewModel _ask = null!;

    [SetUp]
    public async Task AtTheTicketScreen()
    {
        _session = new Session();
        _callbacks = new FakeCallbackGateway();
        _ask = new AskQuestionViewModel(_callbacks, _session.Time, _session.Messenger);
        _session.Hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _session.Hub.OnCheckIn = _ => HubResult.Ok(Ticket);
        _session.Vm.StartCommand.Execute("es");
        (_session.Vm.Entry.LastName, _session.Vm.Entry.BirthDay, _session.Vm.Entry.BirthMonth, _session.Vm.Entry.BirthYear) = ("Rahman", "2", "11", "1990");
        await _session.Vm.FindCommand.ExecuteAsync(null);
        _session.Vm.ConfirmCommand.Execute(null);
        await _session.Vm.SendCommand.ExecuteAsync(null);
        Assert.That(_session.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [TearDown]
    public void Stop()
    {
        _ask.Dispose();
        _session.Dispose();
    }

    [Test]
    public async Task I_have_a_question_opens_the_question_screens_and_back_returns_to_the_same_ticket()
    {
        _session.Vm.AskQuestionCommand.Execute(null);
        await _ask.StartAsync(_session.Vm.Ticket!.Token, _session.Vm.Language);
        var asking = (_session.Vm.Step, _ask.Step, _ask.Language, _ask.Topics.Count);

        _session.Vm.BackCommand.Execute(null);

        Assert.That(asking, Is.EqualTo((CheckInStep.Question, AskStep.ChooseTopic, "es", 1)));
        Assert.That((_session.Vm.Step, _session.Vm.Ticket?.Code), Is.EqualTo((CheckInStep.Done, "A001")));
    }

    [Test]
    public async Task The_question_keeps_the_patients_own_capitals_and_starts_each_sentence_with_one()
    {
        await AskAboutBillingAsync();
        foreach (var key in "IS DR") _ask.TypeCommand.Execute(key.ToString());
        Type(" ");
        _ask.ToggleCapitalCommand.Execute(null);
        Type("LEE IN? MY ");
        _ask.ToggleCapitalCommand.Execute(null);
        Type("MRI");

        Assert.That(_ask.Text, Is.EqualTo("Is dr Lee in? My Mri"), "the capital key makes one letter a capital; a new sentence starts with one");
        Assert.That(_ask.Capital, Is.False, "the capital key is for one letter, as on a phone");
    }

    private void Type(string keys)
    {
        foreach (var key in keys) _ask.TypeCommand.Execute(key.ToString());
    }

    [Test]
    public async Task The_keys_type_the_question_and_the_number_box_takes_only_what_a_number_can_hold()
    {
        await AskAboutBillingAsync();
        foreach (var key in "WHY 2?") _ask.TypeCommand.Execute(key.ToString());
        _ask.ChooseReplyCommand.Execute(ReplyChannel.CallMeBack);
        foreach (var key in "+44A7400 1-2") _ask.TypeCommand.Execute(key.ToString());
        _ask.EraseCommand.Execute(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_ask.Text, Is.EqualTo("Why 2?"), "a question reads as a sentence, not in capitals");
            Assert.That(_ask.Field, Is.EqualTo(QuestionField.Phone), "choosing call me back moves the keys to the number");
            Assert.That(_ask.Phone, Is.EqualTo("+447400 1"), "letters and dashes are not keys of a number; erase takes the last digit");
        }
    }

    [Test]
    public async Task The_question_stops_at_the_length_the_clinic_accepts()
    {
        await AskAboutBillingAsync();
        for (var i = 0; i < AskQuestionViewModel.MaxTextLength + 20; i++) _ask.TypeCommand.Execute("A");

        Assert.That(_ask.Text, Has.Length.EqualTo(AskQuestionViewModel.MaxTextLength));
    }

    [Test]
    public async Task Sent_questions_are_listed_on_the_ticket_and_their_answer_arrives_there_live()
    {
        await AskAboutBillingAsync();
        await _ask.SendCommand.ExecuteAsync(null);
        var sent = _ask.Question!;
        _session.Vm.BackCommand.Execute(null);

        _callbacks.Push(sent with { Status = QuestionStatus.Answered, Answer = "Sólo se cobró una vez." });

        Assert.That(_session.Vm.Step, Is.EqualTo(CheckInStep.Done));
        Assert.That(_ask.Asked.Select(q => (q.Status, q.Answer)), Is.EqualTo(new[] { (QuestionStatus.Answered, "Sólo se cobró una vez.") }));
    }

    [TestCase(13, 23, 14, "callbacks.due.today", "14:00", "lunes")]
    [TestCase(17, 24, 12, "callbacks.due.tomorrow", "12:00", "martes")]
    [TestCase(17, 30, 10, "callbacks.due.later", "10:00", "lunes")]
    public async Task The_promised_time_is_said_as_today_tomorrow_or_the_day_in_the_patients_language(int hourNow, int dueDay, int dueHour, string key, string time, string day)
    {
        _session.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, hourNow, 0, 0, TimeSpan.Zero));
        await _ask.StartAsync("tok-aisha", "es");

        Assert.That(_ask.DueWords(new DateTimeOffset(2026, 11, dueDay, dueHour, 0, 0, TimeSpan.Zero)), Is.EqualTo((key, time, day)));
    }

    [Test]
    public async Task The_promised_day_and_time_are_the_clinics_whatever_the_kiosks_own_clock_setting()
    {
        var look = new CurrentLook(new ClinicLook("Lakeside Clinic", "en-US", "America/New_York", ClinicLook.DefaultAccent));
        var sundayNightInNewYork = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        sundayNightInNewYork.SetLocalTimeZone(TimeZoneInfo.Utc);
        var ask = new AskQuestionViewModel(_callbacks, sundayNightInNewYork, _session.Messenger, look);
        await ask.StartAsync("tok-aisha", "es");

        Assert.That(ask.DueWords(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero)), Is.EqualTo(("callbacks.due.tomorrow", "9:00\u202fAM", "lunes")));
        ask.Dispose();
    }

    [Test]
    public async Task Done_forgets_the_question_the_number_and_the_answers()
    {
        await AskAboutBillingAsync();
        _ask.Text = "Why was I billed twice?";
        _ask.ChooseReplyCommand.Execute(ReplyChannel.CallMeBack);
        _ask.Phone = "07400 123456";
        await _ask.SendCommand.ExecuteAsync(null);

        _session.Vm.FinishCommand.Execute(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((_ask.Text, _ask.Phone, _ask.Question, _ask.Topic), Is.EqualTo(("", "", (QuestionStatusView?)null, (CallbackTopicView?)null)));
            Assert.That(_ask.Asked, Is.Empty);
            Assert.That(_ask.Step, Is.EqualTo(AskStep.ChooseTopic));
        }
    }

    [Test]
    public async Task Going_idle_on_the_question_screen_forgets_what_was_typed()
    {
        await AskAboutBillingAsync();
        _ask.Text = "Is my referral through?";

        _session.Time.Advance(IdleViewModel.IdleAfter);
        var asked = _session.Vm.Idle.Warning;
        _session.Time.Advance(IdleViewModel.AnswerWithin);

        Assert.That(asked, Is.True, "the kiosk asks 'Do you need more time?' first");

        Assert.That((_session.Vm.Step, _ask.Text), Is.EqualTo((CheckInStep.Welcome, "")));
    }

    private async Task AskAboutBillingAsync()
    {
        _session.Vm.AskQuestionCommand.Execute(null);
        await _ask.StartAsync(_session.Vm.Ticket!.Token, _session.Vm.Language);
        _ask.ChooseTopicCommand.Execute(FakeCallbackGateway.Billing);
    }
}
