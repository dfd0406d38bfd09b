using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class CareNotesTests
{
    private static readonly AppointmentSummary Appointment = new(Guid.NewGuid(), "Aisha", "Dr Lee", "New patient", new TimeOnly(10, 30));
    private static readonly TicketView Ticket = new("tok", "A001", "Dr Lee", VisitStatus.Waiting, 1, null, null, "http://x/t/tok");
    private Session _s = null!;

    [SetUp]
    public async Task UpToTheQuestion()
    {
        _s = new Session();
        _s.Hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _s.Hub.OnCheckIn = _ => HubResult.Ok(Ticket);
        _s.Vm.StartCommand.Execute("es");
        _s.Vm.Entry.LastName = "Rahman";
        (_s.Vm.Entry.BirthDay, _s.Vm.Entry.BirthMonth, _s.Vm.Entry.BirthYear) = ("2", "11", "1990");
        await _s.Vm.FindCommand.ExecuteAsync(null);
        _s.Vm.ConfirmCommand.Execute(null);
    }

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public async Task Nothing_chosen_checks_in_with_no_notes()
    {
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(_s.Hub.CheckIns.Single().Care, Is.Null);
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [Test]
    public async Task Every_choice_travels_with_the_check_in_in_english_for_reception()
    {
        foreach (var need in new[] { "needles", "interpreter", "mobility", "private", "worse", "other" })
        {
            _s.Vm.Care.ToggleCommand.Execute(need);
        }

        _s.Vm.Care.PickInterpreterCommand.Execute("pl");
        _s.Tap("USO AUDÍFONO");

        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(_s.Hub.CheckIns.Single().Care, Is.EqualTo(new CareNotes(true, "Polish", true, true, true, "Uso audífono")));
    }

    [Test]
    public async Task The_phone_link_carries_the_chosen_language()
    {
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.PhoneLink, Is.EqualTo("http://x/t/tok?lang=es"));
    }

    [Test]
    public void Touching_a_choice_again_takes_it_back()
    {
        _s.Vm.Care.ToggleCommand.Execute("worse");
        _s.Vm.Care.ToggleCommand.Execute("worse");

        Assert.That(_s.Vm.Care.FeelingWorse, Is.False);
        Assert.That(_s.Vm.Care.AnyChosen, Is.False);
        Assert.That(_s.Vm.Care.Notes(), Is.Null);
    }

    [Test]
    public void Something_else_with_nothing_typed_is_no_note()
    {
        _s.Vm.Care.ToggleCommand.Execute("other");

        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.Note));
        Assert.That(_s.Vm.Care.Notes(), Is.Null);
    }

    [Test]
    public void Back_from_the_question_returns_to_is_this_you()
    {
        _s.Vm.BackCommand.Execute(null);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Confirm));
    }
}
