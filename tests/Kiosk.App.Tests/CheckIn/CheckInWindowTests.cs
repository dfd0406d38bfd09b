using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>The hub says too early or too late; the kiosk says it kindly, with ways on, and forgets it after.</summary>
public sealed class CheckInWindowTests
{
    private Session _s = null!;

    [SetUp]
    public void NewSession() => _s = new Session();

    [TearDown]
    public void EndSession() => _s.Dispose();

    [TestCase("en", "Your appointment is at 14:30. Please come back after 13:30.")]
    [TestCase("es", "Su cita es a las 14:30. Por favor, vuelva después de las 13:30.")]
    public async Task Too_early_says_when_to_come_back(string language, string expected)
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.TooEarly, null, null, new CheckInTimes(new TimeOnly(14, 30), new TimeOnly(13, 30)));

        await FindAsync(language);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.NotNow));
        Assert.That(_s.Vm.NotNowText, Is.EqualTo(expected));
        Assert.That(_s.Vm.Appointment, Is.Null);
        Assert.That(_s.Hub.CheckIns, Is.Empty);
    }

    [Test]
    public async Task Times_are_written_as_the_clinic_writes_them_once_the_hub_has_said_how()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.TooEarly, null, null, new CheckInTimes(new TimeOnly(14, 30), new TimeOnly(13, 30)));
        _s.Vm.Look.Take(new ClinicLook("Lakeside Clinic", "en-US", "America/Chicago", ClinicLook.DefaultAccent));

        await FindAsync("en");

        Assert.That(_s.Vm.NotNowText, Is.EqualTo("Your appointment is at 2:30\u202fPM. Please come back after 1:30\u202fPM."));
    }

    [TestCase("en", "Your appointment was at 10:00. Please see the front desk so we can find you another time or fit you in.")]
    [TestCase("es", "Su cita era a las 10:00. Por favor, acérquese a recepción para buscarle otra hora o hacerle un hueco.")]
    public async Task Too_late_sends_the_patient_to_the_desk(string language, string expected)
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.TooLate, null, null, new CheckInTimes(new TimeOnly(10, 0), new TimeOnly(9, 0)));

        await FindAsync(language);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.NotNow));
        Assert.That(_s.Vm.NotNowText, Is.EqualTo(expected));
    }

    [Test]
    public async Task Done_and_idle_leave_nothing_of_the_patient()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.TooEarly, null, null, new CheckInTimes(new TimeOnly(14, 30), new TimeOnly(13, 30)));
        await FindAsync("en");

        _s.Time.Advance(IdleViewModel.IdleAfter);
        _s.Time.Advance(IdleViewModel.AnswerWithin);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Welcome));
        Assert.That(_s.Vm.Times, Is.Null);
        Assert.That(_s.Vm.Entry.LastName, Is.Empty);
        Assert.That(_s.Vm.NotNowText, Is.Empty);
    }

    [Test]
    public async Task Get_help_on_the_too_early_screen_says_where_to_go()
    {
        _s.Hub.OnFindByCode = _ => new(LookupOutcome.TooEarly, null, null, new CheckInTimes(new TimeOnly(14, 30), new TimeOnly(13, 30)));
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartCodeCommand.Execute(null);
        _s.Tap("HD7K4W");
        await _s.Vm.Code.FindCommand.ExecuteAsync(null);

        _s.Vm.GetHelpCommand.Execute(null);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.NotNow));
        Assert.That(_s.Vm.Message, Does.Contain("front desk"));
    }

    [Test]
    public async Task A_check_in_refused_because_the_window_closed_meanwhile_says_why_in_the_patients_language()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.Found, new AppointmentSummary(Guid.NewGuid(), "Omar", "Nurse Patel", "Vaccination", new TimeOnly(10, 0)), null);
        _s.Hub.OnCheckIn = _ => HubResult.Refused<TicketView>(new Refusal(RefusalCodes.TooLate, "It is too late to check in for this appointment at the kiosk. Please see the front desk."));
        await FindAsync("es");
        _s.Vm.ConfirmCommand.Execute(null);

        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.NotNow));
        Assert.That(_s.Vm.NotNowText, Does.StartWith("Su cita era a las 10:00."));
        Assert.That(_s.Vm.Appointment, Is.Null);
        Assert.That(_s.Hub.Lookups, Has.Count.EqualTo(1), "the refusal's code says why: no second lookup");
    }

    private async Task FindAsync(string language)
    {
        _s.Vm.StartCommand.Execute(language);
        _s.Tap("30");
        _s.Vm.Entry.PickMonthCommand.Execute(10);
        _s.Tap("75");
        _s.Tap("HA");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;
    }
}
