using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class IdleAndLanguageTests
{
    private Session _s = null!;

    [SetUp]
    public void NewSession() => _s = new Session();

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public void Choosing_espanol_speaks_spanish_for_the_whole_visit()
    {
        _s.Vm.StartCommand.Execute("es");

        Assert.That(_s.Vm.Language, Is.EqualTo("es"));
        Assert.That(_s.Vm.T("find.title"), Is.EqualTo("Buscar su cita"));
    }

    [Test]
    public async Task Messages_come_in_the_chosen_language()
    {
        _s.Vm.StartCommand.Execute("es");
        await _s.Vm.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.Message, Is.EqualTo("Escriba su apellido, por favor."));
    }

    [Test]
    public void An_unknown_language_falls_back_to_english()
    {
        _s.Vm.StartCommand.Execute("xx");

        Assert.That(_s.Vm.Language, Is.EqualTo("en"));
    }

    [Test]
    public void After_a_quiet_minute_the_kiosk_asks_if_the_patient_needs_more_time_and_waits_at_least_20_seconds()
    {
        _s.Vm.StartCommand.Execute("es");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap("RAHMAN");

        _s.Time.Advance(IdleViewModel.IdleAfter);
        var asked = _s.Vm.Idle.Warning;
        _s.Time.Advance(TimeSpan.FromSeconds(20));

        Assert.That(asked, Is.True);
        Assert.That(IdleViewModel.AnswerWithin, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.FindAppointment), "still there 20 s after asking");
        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("Rahman"));
    }

    [Test]
    public void More_time_keeps_everything_and_starts_the_quiet_spell_again()
    {
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap("RAHMAN");
        _s.Time.Advance(IdleViewModel.IdleAfter);

        _s.Vm.Idle.MoreTimeCommand.Execute(null);
        _s.Time.Advance(IdleViewModel.IdleAfter - TimeSpan.FromSeconds(1));

        Assert.That(_s.Vm.Idle.Warning, Is.False);
        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("Rahman"));
    }

    [Test]
    public void No_answer_returns_to_the_attract_screen_in_english_with_nothing_personal_left()
    {
        _s.Vm.StartCommand.Execute("es");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap("RAHMAN");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthDay);
        _s.Tap("2");

        _s.Time.Advance(IdleViewModel.IdleAfter);
        _s.Time.Advance(IdleViewModel.AnswerWithin);

        Assert.Multiple(() =>
        {
            Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Welcome));
            Assert.That(_s.Vm.Idle.Warning, Is.False);
            Assert.That(_s.Vm.Language, Is.EqualTo("en"));
            Assert.That((_s.Vm.Entry.LastName, _s.Vm.Entry.FirstName, _s.Vm.Entry.BirthDay), Is.EqualTo(("", "", "")));
        });
    }

    [Test]
    public async Task The_done_screen_also_clears_itself_when_left_alone()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.AlreadyCheckedIn, null, new TicketView("tok", "A001", "Dr Lee", VisitStatus.Waiting, 1, null, null, "http://x/t/tok"));
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.Entry.LastName = "Rahman";
        (_s.Vm.Entry.BirthDay, _s.Vm.Entry.BirthMonth, _s.Vm.Entry.BirthYear) = ("2", "11", "1990");
        await _s.Vm.FindCommand.ExecuteAsync(null);

        _s.Time.Advance(IdleViewModel.IdleAfter);
        _s.Time.Advance(IdleViewModel.AnswerWithin);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Welcome));
        Assert.That(_s.Vm.Ticket, Is.Null);
        Assert.That(_s.Hub.Watched, Is.Empty);
    }

    [Test]
    public void The_attract_screen_never_asks_if_anyone_needs_more_time()
    {
        _s.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.That(_s.Vm.Idle.Warning, Is.False);
    }

    [Test]
    public async Task Not_found_offers_get_help_which_sends_the_patient_to_the_desk()
    {
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.Entry.LastName = "Nobody";
        (_s.Vm.Entry.BirthDay, _s.Vm.Entry.BirthMonth, _s.Vm.Entry.BirthYear) = ("1", "1", "1970");
        await _s.Vm.FindCommand.ExecuteAsync(null);
        var problem = _s.Vm.Problem;

        _s.Vm.GetHelpCommand.Execute(null);

        Assert.That(problem, Is.EqualTo(FindProblem.NotFound));
        Assert.That(_s.Vm.Message, Does.Contain("front desk"));
    }
}
