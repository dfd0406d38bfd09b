using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.App.Tests.Offline;

/// <summary>The check-in screens with the hub away: found in the copy, confirmed honestly, then the real ticket.</summary>
public sealed class OfflineCheckInTests
{
    private OfflineKit _kit = null!;
    private CheckInViewModel _vm = null!;

    [SetUp]
    public void OfflineKiosk()
    {
        _kit = new OfflineKit();
        _vm = new CheckInViewModel(_kit.Hub, _kit.Time, TestStrings.Shipped, new WeakReferenceMessenger(), offline: _kit.Kiosk);
        _kit.Hub.Goes(HubLink.Reconnecting);
    }

    [TearDown]
    public void End()
    {
        _vm.Dispose();
        _kit.Dispose();
    }

    [Test]
    public async Task A_patient_found_in_the_copy_is_told_they_are_checked_in_and_gets_the_real_ticket_once_the_hub_has_it()
    {
        _kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        await FindAsync("Garcia", "es");
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Confirm));
        _vm.ConfirmCommand.Execute(null);
        await _vm.SendCommand.ExecuteAsync(null);

        var queued = _vm.Queued!;
        Assert.Multiple(() =>
        {
            Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Queued));
            Assert.That(_vm.QueuedPhoneLink, Is.EqualTo($"https://clinic.example/t/{queued.Token}?lang=es"));
            Assert.That(_vm.Ticket, Is.Null, "no ticket code before the hub has made one");
            Assert.That(_vm.OutboxDepth, Is.EqualTo(1));
            Assert.That(_kit.Store.Find(queued.Key)!.Told, Is.True);
        });

        _kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token, "A7"));
        _kit.Hub.Goes(HubLink.Online);
        await _kit.Outbox.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Done));
            Assert.That(_vm.Ticket!.Code, Is.EqualTo("A7"));
            Assert.That(_vm.Ticket.Token, Is.EqualTo(queued.Token), "the QR code shown offline opens this visit");
            Assert.That(_kit.Hub.CheckIns.Single().Outbox!.Copy, Is.EqualTo(OfflineKit.Garcia));
        });
    }

    [Test]
    public async Task A_question_asked_on_the_kept_confirmation_is_kept_too_and_reaches_the_hub_after_its_check_in()
    {
        _kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        await FindAsync("Garcia", "en");
        _vm.ConfirmCommand.Execute(null);
        await _vm.SendCommand.ExecuteAsync(null);
        using var ask = new AskQuestionViewModel(_kit.Questions, _kit.Time, outbox: _kit.Outbox);
        _vm.AskQuestionCommand.Execute(null);
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Question));
        await ask.StartAsync(_vm.QuestionToken!, "en");
        ask.ChooseTopicCommand.Execute(Callbacks.FakeCallbackGateway.Billing);
        await ask.SendCommand.ExecuteAsync(null);

        Assert.That((ask.Step, ask.Kept, _kit.Outbox.Depth), Is.EqualTo((AskStep.Sent, true, 2)));
        Assert.That(_kit.Questions.Asked, Is.Empty);
        var order = new List<string>();
        _kit.Hub.OnCheckIn = r => { order.Add("check-in"); return HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token)); };
        _kit.Questions.OnAsk = r => { order.Add("question"); return HubResult.Ok(Callbacks.FakeCallbackGateway.Status(r, QuestionStatus.Received)); };
        _kit.Hub.Goes(HubLink.Online);
        await _kit.Outbox.DrainAsync();

        Assert.That(order, Is.EqualTo(new[] { "check-in", "question" }));
        Assert.That(_kit.Questions.Asked.Single().TicketToken, Is.EqualTo(_kit.Hub.CheckIns.Single().Outbox!.Token));
        _vm.BackCommand.Execute(null);
        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Done), "back from the question to the real ticket, now that the hub has it");
    }

    [Test]
    public async Task A_lookup_that_finds_the_hub_gone_mid_call_is_answered_from_the_copy()
    {
        _kit.Copies.Save(OfflineKit.Copy(OfflineKit.Garcia));
        _kit.Hub.Goes(HubLink.Online);
        _kit.Hub.OnFind = _ => throw new HubUnavailableException("dropped");

        await FindAsync("Garcia", "en");

        Assert.That(_vm.Step, Is.EqualTo(CheckInStep.Confirm));
        Assert.That(_vm.Message, Is.Null, "no 'cannot reach' when the copy could answer");
        Assert.That(_vm.Pending, Is.EqualTo(new PendingCheckIn.ByName(_vm.Pending!.Key, OfflineKit.Garcia.Id, "Garcia", OfflineKit.Garcia.DateOfBirth, OfflineKit.Garcia)),
            "found in the copy: the check-in carries the copied booking, so the desk can still name them if it was cancelled meanwhile");
    }

    [Test]
    public async Task Without_a_copy_the_screen_says_it_cannot_look_up_appointments_and_offers_the_desk()
    {
        await FindAsync("Garcia", "en");

        Assert.That(_vm.Problem, Is.EqualTo(FindProblem.NoCopy));
        Assert.That(_vm.Message, Does.Contain("can't look up appointments right now"));
        Assert.That(_kit.Hub.Lookups, Is.Empty, "the hub is not there to ask");
    }

    [Test]
    public async Task The_drain_delivers_as_soon_as_the_link_comes_back()
    {
        await _kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        _kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));
        var delivered = new TaskCompletionSource<OutboxDelivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        _kit.Outbox.Delivered += d => delivered.TrySetResult(d);
        using var stop = new CancellationTokenSource();
        var drain = new OutboxDrain(_kit.Outbox, _kit.Hub, _kit.Time, NullLogger<OutboxDrain>.Instance);
        var running = drain.RunAsync(stop.Token);

        _kit.Hub.Goes(HubLink.Online);

        var delivery = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(delivery.Ticket!.Value, Is.Not.Null);
        Assert.That(_kit.Outbox.Depth, Is.Zero);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public void Back_off_after_failed_deliveries_grows_and_is_capped()
    {
        Assert.That(Enumerable.Range(1, 8).Select(OutboxDrain.Backoff).Select(t => t.TotalSeconds), Is.EqualTo(new double[] { 1, 2, 4, 8, 16, 30, 30, 30 }));
    }

    private Task FindAsync(string lastName, string language)
    {
        _vm.StartCommand.Execute(language);
        _vm.Entry.LastName = lastName;
        _vm.Entry.BirthDay = "17";
        _vm.Entry.BirthMonth = "5";
        _vm.Entry.BirthYear = "1980";
        return _vm.FindCommand.ExecuteAsync(null);
    }
}
