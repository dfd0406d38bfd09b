using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.App.Tickets;
using Kiosk.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.CheckIn;

public sealed class CheckInViewModelTests
{
    private static readonly AppointmentSummary Appointment = new(Guid.NewGuid(), "Aisha", "Dr Lee", "New patient", new TimeOnly(10, 30));
    private static readonly TicketView Ticket = new("tok-aisha", "A001", "Dr Lee", VisitStatus.Waiting, 2, new WaitRange(5, 15, 30, "1 person ahead of you for Dr Lee."), null, "http://127.0.0.1:5080/t/tok-aisha");

    private FakeGateway _hub = null!;
    private CheckInViewModel _vm = null!;

    [SetUp]
    public void NewKioskSession()
    {
        _hub = new FakeGateway();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        _vm = new CheckInViewModel(_hub, time, TestStrings.Shipped, new WeakReferenceMessenger());
    }

    [TearDown]
    public void EndSession() => _vm.Dispose();

    [Test]
    public void Touching_the_welcome_screen_asks_for_the_patients_details()
    {
        _vm.StartCommand.Execute("en");

        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
        Assert.That(_vm.Entry.Field, Is.EqualTo(EntryField.BirthDay), "the keyboard types the birth date first");
    }

    [Test]
    public async Task Finding_with_no_name_asks_for_it_and_does_not_ask_the_hub()
    {
        await FindAsync("  ", "2", "11", "1990");

        Assert.That(_vm.Message, Is.EqualTo("Please type your last name."));
        Assert.That(_hub.Lookups, Is.Empty);
    }

    [Test]
    public async Task A_ten_thousand_character_name_gets_a_clear_message_and_does_not_ask_the_hub()
    {
        await FindAsync(new string('x', 10_000), "2", "11", "1990");

        Assert.That(_vm.Message, Does.Contain("too long"));
        Assert.That(_hub.Lookups, Is.Empty);
    }

    [TestCase("31", "2", "1990", "does not exist")]
    [TestCase("0", "5", "1990", "does not exist")]
    [TestCase("12", "13", "1990", "does not exist")]
    [TestCase("2", "11", "199", "four digits")]
    [TestCase("2", "11", "1850", "four digits")]
    [TestCase("2", "11", "2030", "future")]
    [TestCase("two", "11", "1990", "as numbers")]
    [TestCase("", "", "", "as numbers")]
    public async Task An_impossible_birth_date_gets_a_message_saying_what_to_fix(string day, string month, string year, string expected)
    {
        await FindAsync("Rahman", day, month, year);

        Assert.That(_vm.Message, Does.Contain(expected));
        Assert.That(_hub.Lookups, Is.Empty);
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
    }

    [Test]
    public async Task A_found_appointment_is_shown_for_the_patient_to_confirm()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);

        await FindAsync(" Rahman ", "2", "11", "1990");

        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Confirm));
        Assert.That(_vm.Appointment, Is.EqualTo(Appointment));
        Assert.That(_hub.Lookups.Single(), Is.EqualTo(new AppointmentLookup("Rahman", new DateOnly(1990, 11, 2), Session: _vm.Session)));
    }

    [Test]
    public async Task Not_found_says_so_and_offers_the_front_desk()
    {
        await FindAsync("Nobody", "1", "1", "1970");

        Assert.That(_vm.Message, Does.Contain("could not find an appointment today"));
        Assert.That(_vm.Message, Does.Contain("front desk"));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
    }

    [Test]
    public async Task Two_matching_patients_are_sent_to_the_desk_without_any_details()
    {
        _hub.OnFind = _ => new(LookupOutcome.SeeReception, null, null);

        await FindAsync("Smith", "1", "6", "1950");

        Assert.That(_vm.Message, Does.Contain("front desk"));
        Assert.That(_vm.Appointment, Is.Null);
    }

    [Test]
    public async Task A_patient_already_checked_in_sees_their_existing_ticket()
    {
        _hub.OnFind = _ => new(LookupOutcome.AlreadyCheckedIn, null, Ticket);

        await FindAsync("Rahman", "2", "11", "1990");

        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Done));
        Assert.That(_vm.Ticket, Is.EqualTo(Ticket));
        Assert.That(_hub.CheckIns, Is.Empty);
    }

    [Test]
    public async Task Confirming_checks_in_and_shows_the_ticket_with_a_phone_qr_code()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _hub.OnCheckIn = _ => HubResult.Ok(Ticket);
        await FindAsync("Rahman", "2", "11", "1990");

        _vm.ConfirmCommand.Execute(null);
        var asked = _vm.Step;
        await _vm.SendCommand.ExecuteAsync(null);

        Assert.That(asked, Is.EqualTo(CheckInStep.Needs), "'Is there anything we should know today?' comes before the check-in is sent");
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Done));
        Assert.That(_vm.Ticket, Is.EqualTo(Ticket));
        Assert.That(_vm.PhoneLink, Is.EqualTo(Ticket.PhoneUrl));
        Assert.That(PhoneQr.Svg(_vm.PhoneLink!), Does.StartWith("<svg"), "the view draws the phone link as a QR code");
        Assert.That(_vm.EstimateIsLive, Is.True);
        Assert.That(_hub.Watched, Does.Contain(Ticket.Token), "the kiosk follows the ticket's live updates");
        Assert.That(_hub.CheckIns.Single(), Is.EqualTo(new CheckInRequest(_hub.CheckIns[0].IdempotencyKey, Appointment.AppointmentId, "Rahman", new DateOnly(1990, 11, 2))));
    }

    [Test]
    public async Task A_retry_after_the_connection_dropped_sends_the_same_idempotency_key()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        var attempts = 0;
        _hub.OnCheckIn = _ => ++attempts == 1 ? throw new HubUnavailableException("dropped") : HubResult.Ok(Ticket);
        await FindAsync("Rahman", "2", "11", "1990");

        _vm.ConfirmCommand.Execute(null);
        await _vm.SendCommand.ExecuteAsync(null);
        var afterFirst = _vm.Message;
        await _vm.SendCommand.ExecuteAsync(null);

        Assert.That(afterFirst, Does.Contain("cannot reach the clinic's system"));
        Assert.That(_hub.CheckIns.Select(c => c.IdempotencyKey).Distinct().Count(), Is.EqualTo(1));
        Assert.That(_hub.CheckIns[0].IdempotencyKey, Is.Not.EqualTo(Guid.Empty));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Done));
        Assert.That(_vm.Message, Is.Null);
    }

    [Test]
    public async Task A_kiosk_stopped_looking_up_names_sends_the_patient_to_the_desk_in_their_language_with_help_at_hand()
    {
        _hub.OnFind = _ => new(LookupOutcome.TooManyTries, null, null);

        await FindAsync("Rahman", "2", "11", "1990", language: "es");

        Assert.That(_vm.Problem, Is.EqualTo(FindProblem.TooManyTries));
        Assert.That(_vm.Message, Is.EqualTo("No hemos encontrado esos datos varias veces. Por favor, acérquese a recepción y le registraremos allí."));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
    }

    [Test]
    public async Task A_session_with_several_names_matching_nobody_is_asked_to_wait_in_its_language_and_the_next_patient_has_a_session_of_their_own()
    {
        _hub.OnFind = _ => new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 10);

        await FindAsync("Rahman", "2", "11", "1990", language: "es");
        var confused = _hub.Lookups[^1].Session;
        _vm.BackCommand.Execute(null);
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        await FindAsync("Rahman", "2", "11", "1990");

        Assert.That(confused, Is.Not.EqualTo(Guid.Empty));
        Assert.That(_hub.Lookups[^1].Session, Is.Not.EqualTo(confused), "misses are counted per patient: a new one at the start screen");
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Confirm));
    }

    [Test]
    public async Task The_wait_after_names_matching_nobody_is_told_with_its_seconds_in_the_patients_language()
    {
        _hub.OnFind = _ => new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 10);

        await FindAsync("Rahman", "2", "11", "1990", language: "es");

        Assert.That(_vm.Problem, Is.EqualTo(FindProblem.TryAgainSoon));
        Assert.That(_vm.Message, Is.EqualTo("No ha funcionado varias veces. Por favor, espere 10 segundos e inténtelo de nuevo."));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
    }

    [Test]
    public async Task A_refusal_the_kiosk_has_no_words_for_sends_the_patient_to_the_desk_in_their_language_not_in_the_hubs_english()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _hub.OnCheckIn = _ => HubResult.Refused<TicketView>(new Refusal(RefusalCodes.VisitClosed, "This visit has already been closed today. Please see the front desk."));
        await FindAsync("Rahman", "2", "11", "1990", language: "es");

        _vm.ConfirmCommand.Execute(null);
        await _vm.SendCommand.ExecuteAsync(null);

        Assert.That(_vm.Message, Is.EqualTo("No hemos podido hacerlo aquí. Por favor, pase por recepción y le ayudarán."));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Needs), "what they entered is kept, nothing is lost");
    }

    [Test]
    public async Task A_kiosk_over_its_limit_asks_the_patient_to_wait_or_see_the_desk_in_their_language()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _hub.OnCheckIn = _ => HubResult.Refused<TicketView>(new Refusal(HubRefusals.TooManyRequests, "This kiosk has checked in more people in a short time than a kiosk can."));
        await FindAsync("Rahman", "2", "11", "1990", language: "es");

        _vm.ConfirmCommand.Execute(null);
        await _vm.SendCommand.ExecuteAsync(null);

        Assert.That(_vm.Message, Is.EqualTo("Esta pantalla se ha usado mucho en los últimos minutos. Espere unos minutos e inténtelo de nuevo, o pregunte en recepción."));
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Needs), "what they entered is kept for the try again");
    }

    [Test]
    public async Task A_live_update_for_this_ticket_is_shown_and_one_for_another_ticket_is_ignored()
    {
        _hub.OnFind = _ => new(LookupOutcome.AlreadyCheckedIn, null, Ticket);
        await FindAsync("Rahman", "2", "11", "1990");

        _hub.Push(Ticket with { Token = "someone-else", Code = "B007" });
        var afterOther = _vm.Ticket;
        _hub.Push(Ticket with { PlaceInLine = 1 });

        Assert.That(afterOther, Is.EqualTo(Ticket));
        Assert.That(_vm.Ticket!.PlaceInLine, Is.EqualTo(1));
    }

    [Test]
    public async Task While_the_hub_is_unreachable_the_wait_is_not_shown_as_live()
    {
        _hub.OnFind = _ => new(LookupOutcome.AlreadyCheckedIn, null, Ticket);
        await FindAsync("Rahman", "2", "11", "1990");
        var changed = new List<string?>();
        _vm.PropertyChanged += (_, e) => changed.Add(e.PropertyName);

        _hub.Goes(HubLink.Reconnecting);

        Assert.That(_vm.EstimateIsLive, Is.False);
        Assert.That(changed, Does.Contain(nameof(CheckInViewModel.EstimateIsLive)));
    }

    [Test]
    public async Task Done_clears_everything_personal_for_the_next_patient()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        _hub.OnCheckIn = _ => HubResult.Ok(Ticket);
        await FindAsync("Rahman", "2", "11", "1990");
        _vm.ConfirmCommand.Execute(null);
        _vm.Care.ToggleCommand.Execute("worse");
        await _vm.SendCommand.ExecuteAsync(null);

        _vm.FinishCommand.Execute(null);

        Assert.Multiple(() =>
        {
            Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Welcome));
            Assert.That(_vm.Entry.LastName, Is.Empty);
            Assert.That((_vm.Entry.BirthDay, _vm.Entry.BirthMonth, _vm.Entry.BirthYear), Is.EqualTo(("", "", "")));
            Assert.That(_vm.Appointment, Is.Null);
            Assert.That(_vm.Ticket, Is.Null);
            Assert.That(_vm.PhoneLink, Is.Null, "no phone link left to draw as a QR code");
            Assert.That(_vm.Care.FeelingWorse, Is.False);
            Assert.That(_vm.Care.Notes(), Is.Null);
            Assert.That(_hub.Watched, Is.Empty);
        });
    }

    [Test]
    public async Task Going_back_from_confirm_keeps_the_typed_details_to_correct()
    {
        _hub.OnFind = _ => new(LookupOutcome.Found, Appointment, null);
        await FindAsync("Rahman", "2", "11", "1990");

        _vm.BackCommand.Execute(null);

        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.FindAppointment));
        Assert.That(_vm.Entry.LastName, Is.EqualTo("Rahman"));
    }

    private Task FindAsync(string lastName, string day, string month, string year, string language = "en")
    {
        _vm.StartCommand.Execute(language);
        _vm.Entry.LastName = lastName;
        _vm.Entry.BirthDay = day;
        _vm.Entry.BirthMonth = month;
        _vm.Entry.BirthYear = year;
        return _vm.FindCommand.ExecuteAsync(null);
    }
}
