using Kiosk.App.Core.CheckIn;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>Speech mode lasts for one patient's visit, and the screen goes dark only in it.</summary>
public sealed class SpeechModeTests
{
    [Test]
    public void Talk_to_me_on_the_attract_screen_carries_into_the_visit_in_the_chosen_language()
    {
        using var session = new Session();
        session.Vm.Access.ToggleTalkCommand.Execute(null);

        session.Vm.StartCommand.Execute("es");

        Assert.That((session.Vm.Access.SpeechMode, session.Vm.Language, session.Vm.Step), Is.EqualTo((true, "es", CheckInStep.FindAppointment)));
    }

    [Test]
    public void The_screen_blanks_only_in_speech_mode()
    {
        using var session = new Session();
        session.Vm.Access.ToggleBlankCommand.Execute(null);
        var withoutSpeech = session.Vm.Access.ScreenBlank;

        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.Access.ToggleBlankCommand.Execute(null);

        Assert.That((withoutSpeech, session.Vm.Access.ScreenBlank), Is.EqualTo((false, true)));
    }

    [Test]
    public void The_next_patient_meets_a_lit_screen_that_does_not_talk()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("en");
        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.Access.ToggleBlankCommand.Execute(null);

        session.Vm.FinishCommand.Execute(null);

        Assert.That((session.Vm.Access.SpeechMode, session.Vm.Access.ScreenBlank), Is.EqualTo((false, false)));
    }

    [Test]
    public void Start_again_forgets_what_was_typed_but_keeps_talking()
    {
        using var session = new Session();
        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.StartCommand.Execute("es");
        session.Tap("14");
        session.Time.Advance(IdleViewModel.IdleAfter);

        session.Vm.StartAgainCommand.Execute(null);

        Assert.That((session.Vm.Step, session.Vm.Access.SpeechMode, session.Vm.Entry.BirthDay, session.Vm.Idle.Warning), Is.EqualTo((CheckInStep.Welcome, true, "", false)));
    }

    [Test]
    public void Going_back_to_the_attract_screen_in_speech_mode_keeps_talking()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("en");
        session.Vm.Access.ToggleTalkCommand.Execute(null);

        session.Vm.BackCommand.Execute(null);

        Assert.That((session.Vm.Step, session.Vm.Access.SpeechMode), Is.EqualTo((CheckInStep.Welcome, true)));
    }

    [Test]
    public void Going_back_to_the_attract_screen_without_speech_gives_the_next_patient_the_usual_screen()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("en");
        session.Vm.Access.LargerTextCommand.Execute(null);

        session.Vm.BackCommand.Execute(null);

        Assert.That(session.Vm.Access.TextScale, Is.EqualTo(100));
    }

    [Test]
    public void A_key_every_few_seconds_keeps_the_more_time_question_away_and_silence_brings_it()
    {
        using var session = new Session();
        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.StartCommand.Execute("en");
        var askedWhileKeysPressed = false;
        for (var second = 0; second < 2 * IdleViewModel.IdleAfter.TotalSeconds; second += 4)
        {
            session.Time.Advance(TimeSpan.FromSeconds(4));
            session.Vm.Touch();
            askedWhileKeysPressed |= session.Vm.Idle.Warning;
        }

        session.Time.Advance(IdleViewModel.IdleAfter);

        Assert.That((askedWhileKeysPressed, session.Vm.Idle.Warning), Is.EqualTo((false, true)));
    }

    [Test]
    public void A_key_while_the_question_is_up_keeps_the_question_for_its_full_answer_time()
    {
        using var session = new Session();
        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.StartCommand.Execute("en");
        session.Time.Advance(IdleViewModel.IdleAfter + TimeSpan.FromSeconds(20));

        session.Vm.Idle.KeyPressed();
        session.Time.Advance(IdleViewModel.AnswerWithin - TimeSpan.FromSeconds(1));
        var stillAsking = (session.Vm.Idle.Warning, session.Vm.Step);
        session.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.That(stillAsking, Is.EqualTo((true, CheckInStep.FindAppointment)));
        Assert.That(session.Vm.Step, Is.EqualTo(CheckInStep.Welcome), "and with no answer, it still starts again");
    }

    [Test]
    public void Back_from_the_code_screen_gives_the_keys_back_to_the_birth_date()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("en");
        session.Vm.StartCodeCommand.Execute(null);

        session.Vm.BackCommand.Execute(null);

        Assert.That((session.Vm.Step, session.Vm.Entry.Field), Is.EqualTo((CheckInStep.FindAppointment, EntryField.BirthDay)));
    }

    [Test]
    public void Talk_to_me_pressed_again_stops_talking_and_lights_the_screen()
    {
        using var session = new Session();
        session.Vm.Access.ToggleTalkCommand.Execute(null);
        session.Vm.Access.ToggleBlankCommand.Execute(null);

        session.Vm.Access.ToggleTalkCommand.Execute(null);

        Assert.That((session.Vm.Access.SpeechMode, session.Vm.Access.ScreenBlank), Is.EqualTo((false, false)));
    }
}
