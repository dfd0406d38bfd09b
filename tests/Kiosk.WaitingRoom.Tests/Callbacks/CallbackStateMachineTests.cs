using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.WaitingRoom.Tests.Callbacks;

public sealed class CallbackStateMachineTests
{
    private static readonly DateTimeOffset Later = CallbackSteps.Asked.AddMinutes(30);

    // The rules as reception states them; every pair not listed here must be refused.
    private static readonly (CallbackState From, CallbackEventKind Kind, CallbackState To)[] Allowed =
    [
        (CallbackState.Received, CallbackEventKind.Claimed, CallbackState.Claimed),
        (CallbackState.CouldNotReach, CallbackEventKind.Claimed, CallbackState.Claimed),
        (CallbackState.Escalated, CallbackEventKind.Claimed, CallbackState.Claimed),
        (CallbackState.Claimed, CallbackEventKind.Answered, CallbackState.Answered),
        (CallbackState.Claimed, CallbackEventKind.CouldNotReach, CallbackState.CouldNotReach),
        (CallbackState.Received, CallbackEventKind.Escalated, CallbackState.Escalated),
        (CallbackState.Claimed, CallbackEventKind.Escalated, CallbackState.Escalated),
        (CallbackState.CouldNotReach, CallbackEventKind.Escalated, CallbackState.Escalated),
        (CallbackState.Answered, CallbackEventKind.Closed, CallbackState.Closed),
        (CallbackState.CouldNotReach, CallbackEventKind.Closed, CallbackState.Closed),
        (CallbackState.Escalated, CallbackEventKind.Closed, CallbackState.Closed),
    ];

    private static readonly CallbackEventKind[] Steps =
        [.. Enum.GetValues<CallbackEventKind>().Where(k => k is not CallbackEventKind.Received and not CallbackEventKind.NoteAdded)];

    private static IEnumerable<TestCaseData> AllowedTransitions() => Allowed.Select(t => new TestCaseData(t.From, t.Kind, t.To));

    private static IEnumerable<TestCaseData> RefusedTransitions() =>
        from state in Enum.GetValues<CallbackState>()
        from kind in Steps
        where !Allowed.Any(t => t.From == state && t.Kind == kind)
              && !(state == CallbackState.Claimed && kind == CallbackEventKind.Claimed)
        select new TestCaseData(state, kind);

    [Test]
    public void A_new_question_is_received_with_who_took_it_and_when()
    {
        var r = CallbackSteps.New();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.State, Is.EqualTo(CallbackState.Received));
            Assert.That(r.Events, Is.EqualTo(new[] { new CallbackEvent(CallbackEventKind.Received, CallbackSteps.Asked, "kiosk:front") }));
            Assert.That(r.IsOpen, Is.True);
        }
    }

    [TestCaseSource(nameof(AllowedTransitions))]
    public void Allowed_steps_move_the_request_and_are_recorded(CallbackState from, CallbackEventKind kind, CallbackState to)
    {
        var r = CallbackSteps.In(from);
        var e = CallbackSteps.Do(r, kind, Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.State, Is.EqualTo(to));
            Assert.That(r.Events[^1], Is.SameAs(e));
            Assert.That(e.At, Is.EqualTo(Later));
        }
    }

    [TestCaseSource(nameof(RefusedTransitions))]
    public void Steps_that_make_no_sense_are_refused_and_change_nothing(CallbackState from, CallbackEventKind kind)
    {
        var r = CallbackSteps.In(from);
        var before = r.Events.Count;

        var refused = Assert.Throws(Is.InstanceOf<CallbackTransitionException>(), () => CallbackSteps.Do(r, kind, Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused!.Message, Does.StartWith("A question that is"));
            Assert.That(r.State, Is.EqualTo(from));
            Assert.That(r.Events, Has.Count.EqualTo(before));
        }
    }

    [Test]
    public void A_second_receptionist_is_told_who_is_already_on_it()
    {
        var r = CallbackSteps.New();
        r.Claim("ann", Later);

        var refused = Assert.Throws<CallbackAlreadyClaimedException>(() => r.Claim("bob", Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused!.Message, Is.EqualTo("ann is already on this question."));
            Assert.That(r.ClaimedBy, Is.EqualTo("ann"));
        }
    }

    [Test]
    public void Claiming_twice_by_the_same_person_is_one_claim()
    {
        var r = CallbackSteps.New();
        var first = r.Claim("ann", Later);

        Assert.That(r.Claim("ann", Later.AddMinutes(1)), Is.SameAs(first));
        Assert.That(r.Events.Count(e => e.Kind == CallbackEventKind.Claimed), Is.EqualTo(1));
    }

    [Test]
    public void Only_whoever_claimed_it_may_answer_it()
    {
        var r = CallbackSteps.In(CallbackState.Claimed);

        Assert.Throws<CallbackAlreadyClaimedException>(() => r.MarkAnswered("Yes", "bob", Later));
        Assert.That(r.State, Is.EqualTo(CallbackState.Claimed));
    }

    [Test]
    public void Failed_calls_are_counted_and_the_request_can_be_tried_again()
    {
        var r = CallbackSteps.New();
        r.Claim("ann", Later);
        r.CouldNotReach("ann", Later, "no answer");
        r.Claim("bob", Later.AddMinutes(20));
        r.CouldNotReach("bob", Later.AddMinutes(21), "voicemail full");
        r.Claim("ann", Later.AddMinutes(60));
        r.MarkAnswered(null, "ann", Later.AddMinutes(61));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.FailedAttempts, Is.EqualTo(2));
            Assert.That(r.State, Is.EqualTo(CallbackState.Answered));
            Assert.That(r.AnsweredAt, Is.EqualTo(Later.AddMinutes(61)));
            Assert.That(r.Events.Select(e => e.By), Is.EqualTo(new[] { "kiosk:front", "ann", "ann", "bob", "bob", "ann", "ann" }));
        }
    }

    [Test]
    public void Tell_me_here_cannot_be_answered_without_the_words_the_patient_will_read()
    {
        var r = CallbackSteps.In(CallbackState.Claimed);

        Assert.Throws<ArgumentException>(() => r.MarkAnswered("  ", "ann", Later));
        Assert.That(r.State, Is.EqualTo(CallbackState.Claimed));
    }

    [Test]
    public void Escalating_names_the_role_and_frees_the_claim()
    {
        var r = CallbackSteps.In(CallbackState.Claimed);
        r.Escalate("practice manager", "ann", Later);

        Assert.That((r.EscalatedTo, r.ClaimedBy), Is.EqualTo(("practice manager", (string?)null)));
    }

    [Test]
    public void Notes_are_kept_until_the_request_is_closed()
    {
        var r = CallbackSteps.In(CallbackState.Claimed);
        r.AddNote("Checked with billing, waiting on the insurer", "ann", Later);

        Assert.That(r.Events[^1], Is.EqualTo(new CallbackEvent(CallbackEventKind.NoteAdded, Later, "ann", "Checked with billing, waiting on the insurer")));
        Assert.Throws<CallbackTransitionException>(() => CallbackSteps.In(CallbackState.Closed).AddNote("late", "ann", Later));
    }

    [Test]
    public void A_promise_is_kept_when_answered_by_the_deadline()
    {
        var onTime = CallbackSteps.New();
        onTime.Claim("ann", Later);
        onTime.MarkAnswered(null, "ann", onTime.Deadline);
        var late = CallbackSteps.New();
        late.Claim("ann", Later);
        late.MarkAnswered(null, "ann", late.Deadline.AddMinutes(1));

        Assert.That((onTime.PromiseKept, late.PromiseKept), Is.EqualTo((true, false)));
    }

    [Test]
    public void Restoring_replays_the_same_story()
    {
        var r = CallbackSteps.In(CallbackState.CouldNotReach);
        r.Claim("bob", Later);

        var restored = CallbackRequest.Restore(r.Question, r.Deadline, r.Events);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(restored.State, Is.EqualTo(CallbackState.Claimed));
            Assert.That(restored.ClaimedBy, Is.EqualTo("bob"));
            Assert.That(restored.Events, Is.EqualTo(r.Events));
        }
    }

    [Test]
    public void Forgetting_personal_data_removes_number_words_notes_and_the_typed_role_but_keeps_the_audit()
    {
        var r = CallbackSteps.New();
        r.Claim("ann", Later);
        r.AddNote("Spoke to her husband", "ann", Later);
        r.Escalate("billing", "ann", Later);
        r.Claim("bob", Later);
        r.MarkAnswered("Refund issued", "bob", Later);

        Assert.That(r.ForgetPersonalData(), Is.True);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((r.Question.Phone, r.Question.Text, r.Answer), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
            Assert.That(r.Events.Select(e => e.Detail), Is.All.Null);
            Assert.That(r.Events.Select(e => e.Kind), Has.Member(CallbackEventKind.Escalated), "that it was escalated stays");
            Assert.That(r.Events.Select(e => e.By), Is.EqualTo(new[] { "kiosk:front", "ann", "ann", "ann", "bob", "bob" }));
            Assert.That(r.EscalatedTo, Is.Null, "the role was typed: it could name anyone");
            Assert.That(r.Question.TopicId, Is.EqualTo("billing"));
            Assert.That(r.ForgetPersonalData(), Is.False);
        }
    }

    [Test]
    public void A_call_back_whose_number_was_forgotten_still_restores_but_a_new_one_needs_a_number()
    {
        var r = CallbackSteps.New(ReplyBy.CallMeBack);
        r.ForgetPersonalData();

        var restored = CallbackRequest.Restore(r.Question, r.Deadline, r.Events);

        Assert.That((restored.Question.ReplyBy, restored.Question.Phone, restored.State), Is.EqualTo((ReplyBy.CallMeBack, (string?)null, CallbackState.Received)));
        Assert.That(() => new CallbackRequest(r.Question, r.Deadline, "kiosk:front", Later), Throws.ArgumentException.With.Message.Contains("needs a phone number"));
    }
}
