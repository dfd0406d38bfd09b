using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>The flow coordinator and its parts, through the session's messenger: each part says what happened, the flow moves the steps.</summary>
public sealed class CheckInFlowTests
{
    private static readonly AppointmentSummary Appointment = new(Guid.NewGuid(), "Aisha", "Dr Lee", "New patient", new TimeOnly(10, 30));
    private static readonly TicketView Ticket = new("tok-aisha", "A001", "Dr Lee", VisitStatus.Waiting, 2, null, null, "http://127.0.0.1:5080/t/tok-aisha");
    private Session _s = null!;

    [SetUp]
    public void Start() => _s = new Session();

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public void When_the_idle_watch_says_time_is_up_the_flow_forgets_the_patient_and_shows_the_attract_screen()
    {
        _s.Vm.StartCommand.Execute("es");
        _s.Tap("RAHMAN");

        _s.Messenger.Send(new IdleTimedOut());

        Assert.That((_s.Vm.Step, _s.Vm.Language, _s.Vm.Entry.LastName), Is.EqualTo((CheckInStep.Welcome, "en", "")));
    }

    [Test]
    public void A_problem_a_part_finds_is_worded_in_the_patients_language_with_the_keys_on_the_box_to_fix()
    {
        _s.Vm.StartCommand.Execute("es");

        _s.Messenger.Send(new EntryProblem("walkin.first-name-missing", EntryField.FirstName));

        Assert.That(_s.Vm.Message, Is.EqualTo(TestStrings.Shipped.Get("es", "walkin.first-name-missing")));
        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.FirstName));
    }

    [Test]
    public async Task The_walk_in_the_walk_in_part_gives_is_exactly_what_check_me_in_sends()
    {
        _s.Hub.OnWalkIn = _ => HubResult.Ok(Ticket);
        var given = new PendingCheckIn.WalkIn(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell);
        _s.Vm.StartCommand.Execute("en");

        _s.Messenger.Send(new WalkInDetailsGiven(given));
        var step = _s.Vm.Step;
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(step, Is.EqualTo(CheckInStep.Needs));
        Assert.That(_s.Hub.WalkIns.Single(), Is.EqualTo(new WalkInRequest(given.Key, "Ana", "Lopez", given.Birth, WalkInReasons.Unwell)));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [Test]
    public async Task A_walk_in_reason_chosen_then_left_does_not_turn_a_found_appointment_into_a_walk_in()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _s.Hub.OnCheckIn = _ => HubResult.Ok(Ticket);
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartWalkInCommand.Execute(null);
        _s.Vm.WalkIn.ChooseReasonCommand.Execute(WalkInReasons.Unwell);
        _s.Vm.BackCommand.Execute(null);
        _s.Vm.BackCommand.Execute(null);
        (_s.Vm.Entry.LastName, _s.Vm.Entry.BirthDay, _s.Vm.Entry.BirthMonth, _s.Vm.Entry.BirthYear) = ("Rahman", "2", "11", "1990");
        await _s.Vm.FindCommand.ExecuteAsync(null);
        _s.Vm.ConfirmCommand.Execute(null);

        _s.Vm.BackCommand.Execute(null);
        var back = _s.Vm.Step;
        _s.Vm.ConfirmCommand.Execute(null);
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(back, Is.EqualTo(CheckInStep.Confirm), "back from the care step returns to 'Is this you?', not to the walk-in form");
        Assert.That(_s.Hub.WalkIns, Is.Empty);
        Assert.That(_s.Hub.CheckIns.Single().AppointmentId, Is.EqualTo(Appointment.AppointmentId));
        Assert.That(_s.Vm.Ticket, Is.EqualTo(Ticket));
    }

    [Test]
    public async Task Finishing_clears_every_part_of_the_session()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.NotFound, null, null);
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.Access.ToggleContrastCommand.Execute(null);
        _s.Vm.Care.ToggleCommand.Execute("worse");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Tap("7K3");
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        _s.Vm.FinishCommand.Execute(null);

        Assert.Multiple(() =>
        {
            Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Welcome));
            Assert.That(_s.Vm.Code.Text, Is.Empty);
            Assert.That(_s.Vm.Care.Notes(), Is.Null);
            Assert.That(_s.Vm.Access.HighContrast, Is.False);
            Assert.That(_s.Vm.Pending, Is.Null);
            Assert.That(_s.Vm.Message, Is.Null);
        });
    }

    [Test]
    public async Task A_code_found_makes_a_pending_check_in_by_code_with_one_key_for_every_retry()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);
        var attempts = 0;
        _s.Hub.OnCheckInByCode = _ => ++attempts == 1 ? throw new Core.Hub.HubUnavailableException("dropped") : HubResult.Ok(Ticket);
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Vm.Code.Text = "7K3QPM";
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        var pending = _s.Vm.Pending;
        _s.Vm.ConfirmCommand.Execute(null);

        await _s.Vm.SendCommand.ExecuteAsync(null);
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(pending, Is.TypeOf<PendingCheckIn.ByCode>());
        Assert.That(_s.Hub.CodeCheckIns.Select(c => c.IdempotencyKey), Is.EqualTo(new[] { pending!.Key, pending.Key }));
        Assert.That(_s.Hub.CheckIns, Is.Empty);
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [Test]
    public async Task The_cannot_reach_message_clears_when_the_hub_is_back()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);
        _s.Hub.OnCheckInByCode = _ => throw new Core.Hub.HubUnavailableException("dropped");
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Vm.Code.Text = "7K3QPM";
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        _s.Vm.ConfirmCommand.Execute(null);
        _s.Hub.Goes(Core.Hub.HubLink.Reconnecting);
        await _s.Vm.SendCommand.ExecuteAsync(null);
        Assert.That(_s.Vm.Message, Does.StartWith("We cannot reach the clinic's system"));

        _s.Hub.Goes(Core.Hub.HubLink.Online);

        Assert.That(_s.Vm.Message, Is.Null);
    }
}
