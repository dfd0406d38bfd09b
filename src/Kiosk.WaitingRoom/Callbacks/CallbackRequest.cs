namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>
/// A question the kiosk could not answer, and the clinic's promise to find out and come back.
/// It refuses steps that make no sense and records every step it accepts, with time and who.
/// </summary>
public sealed class CallbackRequest
{
    private static readonly Dictionary<CallbackEventKind, (CallbackState[] From, CallbackState To)> Transitions = new()
    {
        [CallbackEventKind.Claimed] = ([CallbackState.Received, CallbackState.CouldNotReach, CallbackState.Escalated], CallbackState.Claimed),
        [CallbackEventKind.Answered] = ([CallbackState.Claimed], CallbackState.Answered),
        [CallbackEventKind.CouldNotReach] = ([CallbackState.Claimed], CallbackState.CouldNotReach),
        [CallbackEventKind.Escalated] = ([CallbackState.Received, CallbackState.Claimed, CallbackState.CouldNotReach], CallbackState.Escalated),
        [CallbackEventKind.Closed] = ([CallbackState.Answered, CallbackState.CouldNotReach, CallbackState.Escalated], CallbackState.Closed),
    };

    private readonly List<CallbackEvent> _events = [];

    public CallbackRequest(CallbackQuestion question, DateTimeOffset deadline, string by, DateTimeOffset at)
        : this(question, deadline)
    {
        if (question.ReplyBy == ReplyBy.CallMeBack && string.IsNullOrWhiteSpace(question.Phone))
        {
            throw new ArgumentException("A call-back needs a phone number.", nameof(question));
        }

        Apply(new CallbackEvent(CallbackEventKind.Received, at, by));
    }

    /// <summary>Without the phone check: a stored call-back past retention has had its number removed, and still restores.</summary>
    private CallbackRequest(CallbackQuestion question, DateTimeOffset deadline)
    {
        Question = question;
        Deadline = deadline;
    }

    public Guid Id => Question.Id;
    public CallbackQuestion Question { get; private set; }
    public DateTimeOffset Deadline { get; }
    public CallbackState State { get; private set; } = CallbackState.Received;
    public IReadOnlyList<CallbackEvent> Events => _events;
    public DateTimeOffset ReceivedAt => _events[0].At;
    public string? ClaimedBy { get; private set; }
    public string? EscalatedTo { get; private set; }
    public string? Answer { get; private set; }
    public int FailedAttempts => _events.Count(e => e.Kind == CallbackEventKind.CouldNotReach);
    public DateTimeOffset? AnsweredAt => _events.FirstOrDefault(e => e.Kind == CallbackEventKind.Answered)?.At;
    public DateTimeOffset? ClosedAt => _events.FirstOrDefault(e => e.Kind == CallbackEventKind.Closed)?.At;
    public bool IsOpen => State != CallbackState.Closed;
    public bool PromiseKept => AnsweredAt is { } answered && answered <= Deadline;

    /// <summary>Whether the promise can be judged yet: answered, or past the deadline unanswered.</summary>
    public bool IsPromiseDue(DateTimeOffset now) => AnsweredAt is not null || Deadline <= now;

    /// <summary>"I'm on it". The same person again is harmless (a retry); anyone else is told who has it.</summary>
    public CallbackEvent Claim(string by, DateTimeOffset at)
    {
        if (State == CallbackState.Claimed && ClaimedBy == by)
        {
            return _events.Last(e => e.Kind == CallbackEventKind.Claimed);
        }

        RefuseIfSomeoneElseHasIt(by);
        return Apply(new CallbackEvent(CallbackEventKind.Claimed, at, by));
    }

    public CallbackEvent AddNote(string note, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        return Apply(new CallbackEvent(CallbackEventKind.NoteAdded, at, by, note.Trim()));
    }

    /// <summary>"Tell me here" needs the answer's words; for a call-back they are an optional summary.</summary>
    public CallbackEvent MarkAnswered(string? answer, string by, DateTimeOffset at)
    {
        if (Question.ReplyBy == ReplyBy.TellMeHere && string.IsNullOrWhiteSpace(answer))
        {
            throw new ArgumentException("The patient asked to be told here: write the answer they will read.", nameof(answer));
        }

        RefuseIfSomeoneElseHasIt(by);
        return Apply(new CallbackEvent(CallbackEventKind.Answered, at, by, string.IsNullOrWhiteSpace(answer) ? null : answer.Trim()));
    }

    /// <summary>A call that nobody picked up: logged as an attempt; the request goes back to be retried.</summary>
    public CallbackEvent CouldNotReach(string by, DateTimeOffset at, string? note = null)
    {
        RefuseIfSomeoneElseHasIt(by);
        return Apply(new CallbackEvent(CallbackEventKind.CouldNotReach, at, by, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    public CallbackEvent Escalate(string role, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return Apply(new CallbackEvent(CallbackEventKind.Escalated, at, by, role.Trim()));
    }

    public CallbackEvent Close(string by, DateTimeOffset at) => Apply(new CallbackEvent(CallbackEventKind.Closed, at, by));

    /// <summary>
    /// Retention: phone number, question, answer, notes and the role it was escalated to go — every
    /// word anyone typed, since a "role" box can hold a name as easily as "practice manager".
    /// Topic, kinds of step, times and staff stay for the report and the audit.
    /// </summary>
    public bool ForgetPersonalData()
    {
        var hadAny = Question.Phone is not null || Question.Text is not null || Answer is not null || _events.Any(e => e.Detail is not null);
        Question = Question with { Phone = null, Text = null };
        Answer = null;
        EscalatedTo = null;
        for (var i = 0; i < _events.Count; i++)
        {
            _events[i] = _events[i] with { Detail = null };
        }

        return hadAny;
    }

    /// <summary>Rebuilds a stored request by replaying its events through the same rules.</summary>
    public static CallbackRequest Restore(CallbackQuestion question, DateTimeOffset deadline, IEnumerable<CallbackEvent> events)
    {
        var request = new CallbackRequest(question, deadline);
        foreach (var e in events.OrderBy(e => e.At))
        {
            request.Apply(e);
        }

        return request;
    }

    private void RefuseIfSomeoneElseHasIt(string by)
    {
        if (State == CallbackState.Claimed && ClaimedBy != by)
        {
            throw new CallbackAlreadyClaimedException(ClaimedBy!);
        }
    }

    private CallbackEvent Apply(CallbackEvent e)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(e.By);
        if (e.Kind == CallbackEventKind.Received)
        {
            if (_events.Count > 0) throw new CallbackTransitionException(State, e.Kind);
        }
        else if (e.Kind == CallbackEventKind.NoteAdded)
        {
            if (State == CallbackState.Closed) throw new CallbackTransitionException(State, e.Kind);
        }
        else
        {
            var (from, to) = Transitions[e.Kind];
            if (!from.Contains(State)) throw new CallbackTransitionException(State, e.Kind);
            State = to;
        }

        ClaimedBy = e.Kind switch
        {
            CallbackEventKind.Claimed => e.By,
            CallbackEventKind.NoteAdded or CallbackEventKind.Answered => ClaimedBy,
            _ => null,
        };
        if (e.Kind == CallbackEventKind.Escalated) EscalatedTo = e.Detail;
        if (e.Kind == CallbackEventKind.Answered) Answer = e.Detail;
        _events.Add(e);
        return e;
    }
}
