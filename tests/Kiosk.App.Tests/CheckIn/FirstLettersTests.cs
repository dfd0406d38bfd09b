using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>The birth date, then two letters of the last name: the kiosk searches by itself, and asks for one more letter only when the hub does.</summary>
public sealed class FirstLettersTests
{
    private static readonly AppointmentSummary Aisha = new(Guid.NewGuid(), "Aisha", "Dr Lee", "New patient", new TimeOnly(10, 30));
    private Session _s = null!;

    [SetUp]
    public void Start()
    {
        _s = new Session();
        _s.Vm.StartCommand.Execute("en");
        _s.Tap("2");
        _s.Vm.Entry.PickMonthCommand.Execute(11);
        _s.Tap("90");
    }

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public async Task Letters_shared_with_another_patient_ask_for_one_more_and_the_next_letter_searches_again()
    {
        _s.Hub.OnFind = l => l.LastName == "Ra" ? new(LookupOutcome.OneMoreLetter, null, null) : new(LookupOutcome.Found, Aisha, null);

        _s.Tap("RA");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;
        var asked = (_s.Vm.Message, _s.Vm.Step, _s.Vm.Entry.Field);
        _s.Tap("H");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;

        Assert.That(asked, Is.EqualTo(("Please type one more letter of your last name. If that is all of it, touch “Find my appointment”.", CheckInStep.FindAppointment, EntryField.LastName)));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Confirm));
        Assert.That(_s.Vm.Pending, Is.EqualTo(new PendingCheckIn.ByName(_s.Vm.Pending!.Key, Aisha.AppointmentId, "Rah", new DateOnly(1990, 11, 2))), "checked in with the letters that found her");
        Assert.That(_s.Hub.Lookups.Select(l => (l.LastName, l.FirstLettersOnly)), Is.EqualTo(new[] { ("Ra", true), ("Rah", true) }));
    }

    [Test]
    public async Task Letters_that_found_nobody_are_not_asked_again_and_further_letters_do_not_search()
    {
        _s.Tap("ZQ");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;
        _s.Vm.Entry.EraseCommand.Execute(null);
        _s.Tap("Q");
        _s.Tap("X");

        Assert.That(_s.Hub.Lookups, Has.Count.EqualTo(1), "one wrong attempt counts once against the kiosk");
        Assert.That(_s.Vm.Message, Does.Contain("could not find an appointment today"));
        Assert.That(_s.Vm.Problem, Is.EqualTo(FindProblem.NotFound));
    }

    [Test]
    public async Task The_whole_name_with_find_still_looks_the_whole_name_up()
    {
        _s.Hub.OnFind = l => l.FirstLettersOnly ? new(LookupOutcome.OneMoreLetter, null, null) : new(LookupOutcome.Found, Aisha, null);
        _s.Tap("RAHMAN");

        await _s.Vm.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Hub.Lookups[^1], Is.EqualTo(new AppointmentLookup("Rahman", new DateOnly(1990, 11, 2), Session: _s.Vm.Session)));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Confirm));
    }

    [Test]
    public async Task Nothing_searched_is_remembered_for_the_next_patient()
    {
        _s.Tap("ZQ");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;
        _s.Vm.FinishCommand.Execute(null);
        _s.Vm.StartCommand.Execute("en");
        _s.Tap("2");
        _s.Vm.Entry.PickMonthCommand.Execute(11);
        _s.Tap("90");
        _s.Tap("ZQ");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;

        Assert.That(_s.Hub.Lookups, Has.Count.EqualTo(2));
    }
}
