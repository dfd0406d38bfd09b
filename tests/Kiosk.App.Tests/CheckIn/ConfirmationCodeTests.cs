using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>"I have a confirmation code", typed on the code keypad or scanned from the letter.</summary>
public sealed class ConfirmationCodeTests
{
    private static readonly AppointmentSummary Appointment = new(Guid.NewGuid(), "Grace", "Dr Lee", "Check-up", new TimeOnly(10, 30));
    private static readonly TicketView Ticket = new("tok-grace", "A002", "Dr Lee", VisitStatus.Waiting, 2, null, null, "http://127.0.0.1:5080/t/tok-grace");
    private Session _s = null!;

    [SetUp]
    public void NewSession() => _s = new Session();

    [TearDown]
    public void EndSession() => _s.Dispose();

    [Test]
    public async Task A_typed_code_finds_the_appointment_and_checks_in_with_the_code()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);
        _s.Hub.OnCheckInByCode = _ => HubResult.Ok(Ticket);
        StartCode();

        _s.Tap("ga4q0I7x");
        var typed = _s.Vm.Code.Text;
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        var confirm = _s.Vm.Step;
        _s.Vm.ConfirmCommand.Execute(null);
        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(typed, Is.EqualTo("GA4Q7X"), "0 and I are not on a code, so they are not typed; letters go upper case; six at most");
        Assert.That(confirm, Is.EqualTo(CheckInStep.Confirm));
        Assert.That(_s.Hub.CodeLookups.Single().Code, Is.EqualTo("GA4Q7X"));
        Assert.That(_s.Hub.CodeCheckIns.Single().Code, Is.EqualTo("GA4Q7X"));
        Assert.That(_s.Hub.CheckIns, Is.Empty);
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [Test]
    public async Task A_short_code_is_explained_without_asking_the_hub()
    {
        StartCode();
        _s.Tap("GA4");

        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.Message, Does.Contain("6 letters and numbers"));
        Assert.That(_s.Hub.CodeLookups, Is.Empty);
    }

    [Test]
    public async Task A_wrong_code_offers_try_again_use_my_name_and_help()
    {
        StartCode();
        _s.Tap("ZZZZZZ");

        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        var problem = _s.Vm.Problem;
        var message = _s.Vm.Message;
        _s.Vm.UseNameCommand.Execute(null);

        Assert.That(problem, Is.EqualTo(FindProblem.CodeNotFound));
        Assert.That(message, Does.StartWith("We could not find that code"));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
        Assert.That(_s.Vm.Code.Text, Is.Empty);
    }

    [Test]
    public async Task Too_many_wrong_codes_send_the_patient_to_the_desk_in_spanish()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.TooManyTries, null, null);
        _s.Vm.StartCommand.Execute("es");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Tap("ZZZZZZ");

        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.Problem, Is.EqualTo(FindProblem.TooManyTries));
        Assert.That(_s.Vm.Message, Does.Contain("recepción"));
    }

    [Test]
    public async Task Several_wrong_codes_tell_the_patient_how_many_seconds_to_wait_in_their_language_with_try_again_at_hand()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 10);
        _s.Vm.StartCommand.Execute("es");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Tap("ZZZZZZ");

        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.Problem, Is.EqualTo(FindProblem.TryAgainSoon));
        Assert.That(_s.Vm.Message, Is.EqualTo("No ha funcionado varias veces. Por favor, espere 10 segundos e inténtelo de nuevo."));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Code));
    }

    [Test]
    public async Task One_patients_codes_and_check_in_carry_one_session_and_the_next_patient_gets_a_new_one()
    {
        _s.Hub.OnFindByCode = c => c.Code == "GA4Q7X" ? new(LookupOutcome.Found, Appointment, null) : new(LookupOutcome.NotFound, null, null);
        _s.Hub.OnCheckInByCode = _ => HubResult.Ok(Ticket);
        StartCode();
        _s.Tap("ZZZZZZ");
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        _s.Vm.TryCodeAgainCommand.Execute(null);
        _s.Tap("GA4Q7X");
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);
        _s.Vm.ConfirmCommand.Execute(null);
        await _s.Vm.SendCommand.ExecuteAsync(null);
        _s.Vm.FinishCommand.Execute(null);
        StartCode();
        _s.Tap("ZZZZZZ");
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        var sessions = _s.Hub.CodeLookups.Select(l => l.Session).ToList();
        Assert.That(sessions[0], Is.Not.EqualTo(Guid.Empty));
        Assert.That(sessions[1], Is.EqualTo(sessions[0]));
        Assert.That(_s.Hub.CodeCheckIns.Single().Session, Is.EqualTo(sessions[0]));
        Assert.That(sessions[2], Is.Not.EqualTo(sessions[0]), "the next patient's wrong codes are their own");
    }

    [Test]
    public async Task A_scan_on_the_attract_screen_goes_straight_to_is_this_you_in_english()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);

        await ScanAsync("ga4q7x");

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Confirm));
        Assert.That(_s.Vm.Language, Is.EqualTo("en"));
        Assert.That(_s.Hub.CodeLookups.Single().Code, Is.EqualTo("GA4Q7X"));
    }

    [Test]
    public async Task A_scan_while_typing_a_name_in_spanish_keeps_spanish_and_leaves_no_letters_in_the_name()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);
        _s.Vm.StartCommand.Execute("es");
        _s.Tap("GAR");

        await ScanAsync("GA4Q7X");
        _s.Vm.BackCommand.Execute(null);

        Assert.That(_s.Vm.Language, Is.EqualTo("es"));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Code), "back from 'Is this you?' goes to the code");
        Assert.That(_s.Vm.Entry.LastName, Is.Empty, "the scan forgot what was typed before and typed nothing itself");
    }

    [Test]
    public async Task Keys_typed_at_human_speed_land_in_the_chosen_box()
    {
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        var at = TimeSpan.FromSeconds(10);
        foreach (var key in "rahman")
        {
            await _s.Vm.KeyAsync(key.ToString(), at += TimeSpan.FromMilliseconds(150));
        }

        var beforeQuiet = _s.Vm.Entry.LastName;
        _s.Time.Advance(ScannerViewModel.ReleaseHeldKeysAfter);

        Assert.That(beforeQuiet, Is.EqualTo("Rahma"), "each key is typed when the next comes slowly");
        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("Rahman"), "the last one once the keys go quiet");
        Assert.That(_s.Hub.CodeLookups, Is.Empty);
    }

    [Test]
    public async Task Done_forgets_the_code()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.Found, Appointment, null);
        await ScanAsync("GA4Q7X");

        _s.Vm.FinishCommand.Execute(null);

        Assert.That(_s.Vm.Code.Text, Is.Empty);
        Assert.That(_s.Vm.Appointment, Is.Null);
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Welcome));
    }

    private void StartCode()
    {
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartCodeCommand.Execute(null);
    }

    private async Task ScanAsync(string code)
    {
        var at = TimeSpan.FromSeconds(100);
        foreach (var key in code)
        {
            await _s.Vm.KeyAsync(key.ToString(), at += TimeSpan.FromMilliseconds(6));
        }

        await _s.Vm.KeyAsync(ScanDetector.Enter, at + TimeSpan.FromMilliseconds(6));
    }
}
