using System.Globalization;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Contracts.Clinic;

namespace Kiosk.App.Core.Callbacks;

public enum AskStep
{
    ChooseTopic,
    Details,
    Sent,
}

/// <summary>The box the on-screen keys type into on the details step.</summary>
public enum QuestionField
{
    Text,
    Phone,
}

/// <summary>
/// "I have a question" at the kiosk, for the ticket just printed: topic → optional words and how to
/// reply → sent, with the honest time to expect the answer and then the answer itself. Messages are
/// keys into kiosk-content/strings/callbacks.&lt;lang&gt;.json so the view words them in the patient's language.
/// </summary>
public sealed partial class AskQuestionViewModel : ObservableObject, IDisposable
{
    /// <summary>The hub refuses longer questions; the keys stop here so nobody types in vain.</summary>
    public const int MaxTextLength = 500;
    public const int MaxPhoneLength = 20;
    private readonly ICallbackGateway _hub;
    private readonly TimeProvider _time;
    private readonly CurrentLook _look;
    private readonly IMessenger? _messenger;
    private string _token = "";
    private Guid _key;
    private bool _listening;
    private readonly Offline.Outbox? _outbox;

    /// <summary>With the kiosk session's <paramref name="messenger"/>, the question is forgotten with the patient.</summary>
    /// <summary>With an <paramref name="outbox"/>, a question asked while the hub is away is kept and delivered after its check-in.</summary>
    public AskQuestionViewModel(ICallbackGateway hub, TimeProvider? time = null, IMessenger? messenger = null, CurrentLook? look = null, Offline.Outbox? outbox = null)
    {
        _hub = hub;
        _outbox = outbox;
        _time = time ?? TimeProvider.System;
        _look = look ?? new CurrentLook(ClinicLook.Plain("", _time));
        _messenger = messenger;
        messenger?.Register<AskQuestionViewModel, PatientForgotten>(this, static (ask, _) => ask.Forget());
    }

    [ObservableProperty]
    public partial AskStep Step { get; set; } = AskStep.ChooseTopic;

    [ObservableProperty]
    public partial IReadOnlyList<CallbackTopicView> Topics { get; set; } = [];

    [ObservableProperty]
    public partial CallbackTopicView? Topic { get; set; }

    [ObservableProperty]
    public partial string Text { get; set; } = "";

    [ObservableProperty]
    public partial ReplyChannel ReplyBy { get; set; } = ReplyChannel.TellMeHere;

    [ObservableProperty]
    public partial string Phone { get; set; } = "";

    /// <summary>A key in callbacks.&lt;lang&gt;.json ("callbacks.refusal.phone-too-short"); null when all is well.</summary>
    [ObservableProperty]
    public partial string? MessageKey { get; set; }

    /// <summary>Fills the message's {example} / {max}: a number in the clinic's format, or the longest question allowed.</summary>
    [ObservableProperty]
    public partial Refusal? Refusal { get; set; }

    /// <summary>The question once sent: when to expect the answer, then the status and the answer live.</summary>
    [ObservableProperty]
    public partial QuestionStatusView? Question { get; set; }

    [ObservableProperty]
    public partial bool IsBusy { get; set; }

    /// <summary>The question was kept in the kiosk's outbox (the hub is away): it reaches reception when the kiosk is reconnected; no answer time yet.</summary>
    [ObservableProperty]
    public partial bool Kept { get; set; }

    [ObservableProperty]
    public partial QuestionField Field { get; set; } = QuestionField.Text;

    /// <summary>Every question sent for this ticket while the patient is at the kiosk, kept live: the ticket screen lists them.</summary>
    [ObservableProperty]
    public partial IReadOnlyList<QuestionStatusView> Asked { get; set; } = [];

    public string Language { get; private set; } = "en";

    public async Task StartAsync(string ticketToken, string language, CancellationToken ct = default)
    {
        if (ticketToken != _token) Asked = [];
        (_token, Language, Step, Topic, Text, Phone, Question, _key, Kept) = (ticketToken, language, AskStep.ChooseTopic, null, "", "", null, Guid.NewGuid(), false);
        (ReplyBy, Field) = (ReplyChannel.TellMeHere, QuestionField.Text);
        Clear();
        if (!_listening)
        {
            _hub.QuestionUpdated += OnQuestionUpdated;
            _listening = true;
        }

        try
        {
            Topics = await _hub.CallbackTopicsAsync(ct);
        }
        catch (HubUnavailableException)
        {
            MessageKey = "callbacks.offline";
        }
    }

    /// <summary>
    /// The patient is gone (Done, or the kiosk went idle): their words, number and answers leave
    /// the kiosk with them.
    /// </summary>
    public void Forget()
    {
        (_token, Step, Topic, Text, Phone, Question, Asked, _key, Kept) = ("", AskStep.ChooseTopic, null, "", "", null, [], Guid.Empty, false);
        (ReplyBy, Field, Language) = (ReplyChannel.TellMeHere, QuestionField.Text, "en");
        Clear();
    }

    /// <summary>"Today at 15:30", "tomorrow at 09:00", "Monday at 10:00", in the patient's language (keys in callbacks.&lt;lang&gt;.json), the time as the clinic writes it.</summary>
    public (string Key, string Time, string Day) DueWords(DateTimeOffset due)
    {
        var culture = CultureInfo.GetCultureInfo(Language);
        var look = _look.Value;
        var local = look.Local(due);
        var today = DateOnly.FromDateTime(look.Local(_time.GetUtcNow()).DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        var key = day <= today ? "callbacks.due.today" : day == today.AddDays(1) ? "callbacks.due.tomorrow" : "callbacks.due.later";
        return (key, look.Time(due), culture.DateTimeFormat.GetDayName(local.DayOfWeek));
    }

    public string TopicName(string topicId) => Topics.FirstOrDefault(t => t.Id == topicId) is { } topic ? TopicName(topic) : topicId;

    public string TopicName(CallbackTopicView topic) => topic.Names.TryGetValue(Language, out var name) ? name : topic.Names.GetValueOrDefault("en", topic.Id);

    [RelayCommand]
    private void ChooseTopic(CallbackTopicView topic)
    {
        Topic = topic;
        Clear();
        Step = AskStep.Details;
    }

    [RelayCommand]
    private void Back()
    {
        Clear();
        Step = AskStep.ChooseTopic;
    }

    [RelayCommand]
    private void ChooseReply(ReplyChannel channel)
    {
        ReplyBy = channel;
        Field = channel == ReplyChannel.CallMeBack ? QuestionField.Phone : QuestionField.Text;
        Clear();
    }

    [RelayCommand]
    private void ChooseField(QuestionField field) => Field = field == QuestionField.Phone && ReplyBy != ReplyChannel.CallMeBack ? QuestionField.Text : field;

    /// <summary>One on-screen key. The number box takes digits, a leading + and spaces; the question takes any key.</summary>
    [RelayCommand]
    private void Type(string key)
    {
        if (Field == QuestionField.Phone)
        {
            var fits = key.Length == 1 && (char.IsAsciiDigit(key[0]) || key == " " || (key == "+" && Phone.Length == 0));
            if (fits && Phone.Length < MaxPhoneLength) Phone += key;
        }
        else if (Text.Length + key.Length <= MaxTextLength)
        {
            Text = SentenceTyping.Append(Text, key, Capital);
            Capital &= !(key.Length == 1 && char.IsLetter(key[0]));
        }
    }

    /// <summary>The next letter of the question is a capital (one letter, as on a phone's keyboard).</summary>
    [ObservableProperty]
    public partial bool Capital { get; set; }

    [RelayCommand]
    private void ToggleCapital() => Capital = !Capital;

    [RelayCommand]
    private void Erase()
    {
        if (Field == QuestionField.Phone) Phone = Phone.Length == 0 ? Phone : Phone[..^1];
        else Text = Text.Length == 0 ? Text : Text[..^1];
    }

    /// <summary>Sends once: the same key goes again on a retry, so a double tap or a reconnect is one question.</summary>
    [RelayCommand]
    private async Task SendAsync(CancellationToken ct)
    {
        if (IsBusy || Topic is null) return;
        IsBusy = true;
        try
        {
            var request = new AskQuestionRequest(_key, _token, Topic.Id, Text, ReplyBy, ReplyBy == ReplyChannel.CallMeBack ? Phone : null, Language);
            HubResult<QuestionStatusView> result;
            switch (_outbox is null ? null : await _outbox.AskQuestionAsync(request, ct))
            {
                case Offline.OutboxAnswer<QuestionStatusView>.Queued:
                    Clear();
                    (Question, Kept, Step) = (null, true, AskStep.Sent);
                    return;
                case Offline.OutboxAnswer<QuestionStatusView>.Sent sent:
                    result = sent.Result;
                    break;
                default:
                    result = await _hub.AskQuestionAsync(request, ct);
                    break;
            }

            if (result.Refusal is { Code: RefusalCodes.InvalidInput or RefusalCodes.NotAllowed or HubRefusals.TooManyRequests })
            {
                // Not something the patient can fix by rewording: the question just did not go.
                MessageKey = "callbacks.failed";
                return;
            }

            if (result.Refusal is { } refusal)
            {
                (Refusal, MessageKey) = (refusal, $"callbacks.refusal.{refusal.Code}");
                return;
            }

            Clear();
            Question = result.Value;
            Asked = [.. Asked.Where(q => q.Id != result.Value!.Id), result.Value!];
            Step = AskStep.Sent;
        }
        catch (HubUnavailableException)
        {
            MessageKey = "callbacks.offline";
        }
        finally
        {
            IsBusy = false;
        }
    }

    public void Dispose()
    {
        _messenger?.UnregisterAll(this);
        if (_listening) _hub.QuestionUpdated -= OnQuestionUpdated;
        _listening = false;
    }

    private void OnQuestionUpdated(QuestionStatusView question)
    {
        if (question.Id == Question?.Id) Question = question;
        if (Asked.Any(q => q.Id == question.Id)) Asked = [.. Asked.Select(q => q.Id == question.Id ? question : q)];
    }

    private void Clear() => (MessageKey, Refusal) = (null, null);
}
