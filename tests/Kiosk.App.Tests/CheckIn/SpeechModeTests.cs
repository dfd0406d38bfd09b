using Kiosk.App.Core.CheckIn;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>Speech mode lasts for one patient's visit, and the screen goes dark only in it.</summary>
public sealed class SpeechModeTests
{
    [Test]
    public void Talk_to_me_on_the_attract_screen_carries_into_the_visit_in_the_chosen_language()
    {
        using var session = new Session();
        session.Vm.Access.TalkToMeCommand.Execute(null);

        session.Vm.StartCommand.Execute("es");

        Assert.That((session.Vm.Access.SpeechMode, session.Vm.Language, session.Vm.Step), Is.EqualTo((true, "es", CheckInStep.FindAppointment)));
    }

    [Test]
    public void The_screen_blanks_only_in_speech_mode()
    {
        using var session = new Session();
        session.Vm.Access.ToggleBlankCommand.Execute(null);
        var withoutSpeech = session.Vm.Access.ScreenBlank;

        session.Vm.Access.TalkToMeCommand.Execute(null);
        session.Vm.Access.ToggleBlankCommand.Execute(null);

        Assert.That((withoutSpeech, session.Vm.Access.ScreenBlank), Is.EqualTo((false, true)));
    }

    [Test]
    public void The_next_patient_meets_a_lit_screen_that_does_not_talk()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("en");
        session.Vm.Access.TalkToMeCommand.Execute(null);
        session.Vm.Access.ToggleBlankCommand.Execute(null);

        session.Vm.FinishCommand.Execute(null);

        Assert.That((session.Vm.Access.SpeechMode, session.Vm.Access.ScreenBlank), Is.EqualTo((false, false)));
    }
}
