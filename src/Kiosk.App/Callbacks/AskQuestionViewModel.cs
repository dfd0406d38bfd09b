using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Kiosk.App.Hub;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Callbacks;

public enum AskStep
{
    ChooseTopic,
    Details,
    Sent,
}

/// <summary>
/// "I have a question" at the kiosk, for the ticket just printed: topic → optional words and how to
/// reply → sent, with the honest time to expect the answer and then the answer itself. Messages are
/// keys into kiosk-content/strings/callbacks.&lt;lang&gt;.json so the view words them in the patient's language.
/// </summary>
public sealed partial class AskQuestionViewModel(ICallbackGateway hub) : ObservableObject, IDisposable
{
    private string _token = "";
    private Guid _key;
    private bool _listening;

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
    public partial QuestionRefusal? Refusal { get; set; }

    /// <summary>The question once sent: when to expect the answer, then the status and the answer live.</summary>
    [ObservableProperty]
    public partial QuestionStatusView? Question { get; set; }

    [ObservableProperty]
    public partial bool IsBusy { get; set; }

    public string Language { get; private set; } = "en";

    public async Task StartAsync(string ticketToken, string language, CancellationToken ct = default)
    {
        (_token, Language, Step, Topic, Text, Phone, Question, _key) = (ticketToken, language, AskStep.ChooseTopic, null, "", "", null, Guid.NewGuid());
        Clear();
        if (!_listening)
        {
            hub.QuestionUpdated += OnQuestionUpdated;
            _listening = true;
        }

        try
        {
            Topics = await hub.CallbackTopicsAsync(ct);
        }
        catch (HubUnavailableException)
        {
            MessageKey = "callbacks.offline";
        }
    }

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

    /// <summary>Sends once: the same key goes again on a retry, so a double tap or a reconnect is one question.</summary>
    [RelayCommand]
    private async Task SendAsync(CancellationToken ct)
    {
        if (IsBusy || Topic is null) return;
        IsBusy = true;
        try
        {
            var result = await hub.AskQuestionAsync(new AskQuestionRequest(_key, _token, Topic.Id, Text, ReplyBy, ReplyBy == ReplyChannel.CallMeBack ? Phone : null, Language), ct);
            if (result.Refusal is { } refusal)
            {
                (Refusal, MessageKey) = (refusal, $"callbacks.refusal.{refusal.Reason}");
                return;
            }

            Clear();
            Question = result.Question;
            Step = AskStep.Sent;
        }
        catch (HubUnavailableException)
        {
            MessageKey = "callbacks.offline";
        }
        catch (HubRefusedException)
        {
            MessageKey = "callbacks.failed";
        }
        finally
        {
            IsBusy = false;
        }
    }

    public void Dispose()
    {
        if (_listening) hub.QuestionUpdated -= OnQuestionUpdated;
        _listening = false;
    }

    private void OnQuestionUpdated(QuestionStatusView question)
    {
        if (question.Id == Question?.Id) Question = question;
    }

    private void Clear() => (MessageKey, Refusal) = (null, null);
}
