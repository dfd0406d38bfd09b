using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class WalkInTests
{
    private static readonly TicketView Ticket = new("tok-walk", "B003", "Dr Okafor", VisitStatus.Waiting, 3, null, null, "http://127.0.0.1:5080/t/tok-walk");
    private Session _s = null!;

    [SetUp]
    public void Start()
    {
        _s = new Session();
        _s.Vm.StartCommand.Execute("en");
        _s.Vm.StartWalkInCommand.Execute(null);
    }

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public void I_dont_have_an_appointment_offers_a_short_list_of_reasons()
    {
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.WalkInReason));
        Assert.That(WalkInViewModel.Reasons.Select(r => _s.Vm.T($"walkin.reason.{r}")), Does.Contain("I feel unwell"));
    }

    [Test]
    public void A_reason_leads_to_the_name_with_the_keyboard_on_the_first_name()
    {
        _s.Vm.WalkIn.ChooseReasonCommand.Execute(WalkInReasons.Unwell);

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.WalkInDetails));
        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.FirstName));
    }

    [Test]
    public async Task A_walk_in_is_checked_in_with_reason_name_and_birth_date_and_gets_a_ticket()
    {
        _s.Hub.OnWalkIn = _ => HubResult.Ok(Ticket);
        await FillAsync("ANA", "LOPEZ", "3", 4, "1961");

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
        Assert.That(_s.Vm.Ticket, Is.EqualTo(Ticket));
        var sent = _s.Hub.WalkIns.Single();
        Assert.That(sent with { IdempotencyKey = Guid.Empty }, Is.EqualTo(new WalkInRequest(Guid.Empty, "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell)));
        Assert.That(sent.IdempotencyKey, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task A_walk_in_without_a_first_name_is_asked_for_it_and_nothing_is_sent()
    {
        await FillAsync("", "LOPEZ", "3", 4, "1961");

        Assert.That(_s.Vm.Message, Is.EqualTo("Please type your first name."));
        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.FirstName));
        Assert.That(_s.Hub.WalkIns, Is.Empty);
    }

    [Test]
    public async Task A_retry_after_a_dropped_connection_sends_the_same_key_so_one_visit_is_made()
    {
        var attempts = 0;
        _s.Hub.OnWalkIn = _ => ++attempts == 1 ? throw new HubUnavailableException("dropped") : HubResult.Ok(Ticket);
        await FillAsync("ANA", "LOPEZ", "3", 4, "1961");
        var afterFirst = _s.Vm.Message;

        await _s.Vm.SendCommand.ExecuteAsync(null);

        Assert.That(afterFirst, Does.Contain("cannot reach"));
        Assert.That(_s.Hub.WalkIns.Select(w => w.IdempotencyKey).Distinct().Count(), Is.EqualTo(1));
        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.Done));
    }

    [Test]
    public void A_reason_not_on_the_list_is_ignored()
    {
        _s.Vm.WalkIn.ChooseReasonCommand.Execute("free text");

        Assert.That(_s.Vm.Step, Is.EqualTo(CheckInStep.WalkInReason));
        Assert.That(_s.Vm.WalkIn.Reason, Is.Null);
    }

    private Task FillAsync(string first, string last, string day, int month, string year)
    {
        _s.Vm.WalkIn.ChooseReasonCommand.Execute(WalkInReasons.Unwell);
        _s.Tap(first);
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap(last);
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthDay);
        _s.Tap(day);
        _s.Vm.Entry.PickMonthCommand.Execute(month);
        _s.Tap(year);
        _s.Vm.WalkIn.SubmitCommand.Execute(null);
        return _s.Vm.Step == CheckInStep.Needs ? _s.Vm.SendCommand.ExecuteAsync(null) : Task.CompletedTask;
    }
}
