using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.Hub;
using Kiosk.App.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Tests.Callbacks;

/// <summary>The question ViewModel over the kiosk's real HubClient and the real hub.</summary>
public sealed class KioskQuestionOverTheHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_question_asked_at_the_kiosk_is_answered_by_reception_and_the_answer_shows_on_the_kiosk()
    {
        using var hub = new HubServer();
        await using var client = new HubClient(
            Options.Create(new KioskOptions { HubUrl = hub.BaseAddress.ToString().TrimEnd('/'), DeviceKey = hub.KioskKey }),
            NullLogger<HubClient>.Instance);
        var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.LinkChanged += l => { if (l == HubLink.Online) online.TrySetResult(); };
        await client.StartAsync(CancellationToken.None);
        await online.Task.WaitAsync(Patience);
        var appointment = (await client.FindAppointmentAsync(DemoPatients.Rahman)).Value!.Appointment!.AppointmentId;
        var ticket = (await client.CheckInAsync(new CheckInRequest(Guid.NewGuid(), appointment, DemoPatients.Rahman.LastName, DemoPatients.Rahman.DateOfBirth))).Value!;
        await client.WatchTicketAsync(ticket.Token);
        using var vm = new AskQuestionViewModel(client);
        await vm.StartAsync(ticket.Token, "en");
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        vm.PropertyChanged += (_, _) => { if (vm.Question?.Answer is not null) answered.TrySetResult(); };

        vm.ChooseTopicCommand.Execute(vm.Topics.Single(t => t.Id == "prescriptions"));
        vm.Text = "Is my repeat prescription ready?";
        await vm.SendCommand.ExecuteAsync(null);
        await using var reception = await hub.ReceptionAsync();
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), vm.Question!.Id);
        await reception.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), vm.Question.Id, "Yes, it is at the pharmacy.");
        await answered.Task.WaitAsync(Patience);

        Assert.That((vm.Step, vm.Question.Status, vm.Question.Answer), Is.EqualTo((AskStep.Sent, QuestionStatus.Answered, "Yes, it is at the pharmacy.")));
        await client.StopAsync(CancellationToken.None);
        hub.DeleteData();
    }
}
