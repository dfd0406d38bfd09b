using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>A ticket asks questions and for help no more often than a patient does (the issue saw 200 questions in 7 s); other tickets are not held back.</summary>
public sealed class TicketLimitsTests : OnALimitedHub
{
    [Test]
    public async Task A_ticket_over_its_question_limit_is_refused_with_a_reason_the_screens_word_and_another_ticket_is_not()
    {
        Server = Limited.Hub("QuestionsPerTicket", burst: 2);
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var rahman = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var chen = await kiosk.CheckInAsync(DemoPatients.Chen);
        await phone.AskAsync(rahman.Token);
        await phone.AskAsync(rahman.Token);

        var refused = await phone.AskAsync(rahman.Token);
        var fromTheKiosk = await kiosk.AskAsync(rahman.Token);
        var other = await phone.AskAsync(chen.Token);

        Assert.That((refused.Value, refused.Refusal?.Code), Is.EqualTo(((QuestionStatusView?)null, RefusalReasons.TooManyQuestions)));
        Assert.That(fromTheKiosk.Refusal?.Code, Is.EqualTo(RefusalReasons.TooManyQuestions), "the limit is the ticket's, wherever it asks from");
        Assert.That(other.Value, Is.Not.Null);
        Assert.That(Server.CountRows("CallbackRequests"), Is.EqualTo(3));
    }

    [Test]
    public async Task A_ticket_over_its_help_limit_is_refused_with_the_reason_and_another_ticket_is_not()
    {
        Server = Limited.Hub("HelpPerTicket", burst: 1);
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var rahman = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var chen = await kiosk.CheckInAsync(DemoPatients.Chen);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), rahman.Token);

        var refused = await Assert.ThrowsAsync<HubException>(() => phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), rahman.Token));
        var other = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), chen.Token);

        Assert.That(HubRefusals.IsTooManyRequests(refused!.Message), Is.True, refused.Message);
        Assert.That(other.Help, Is.EqualTo(HelpState.Asked));
    }

    [Test]
    public async Task An_address_calling_the_hub_anonymously_over_its_limit_is_refused_while_a_kiosk_there_is_not()
    {
        Server = Limited.Hub("AnonymousCallsPerAddress", burst: 2);
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var rahman = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), rahman.Token);
        await phone.InvokeAsync<IReadOnlyList<CallbackTopicView>>(nameof(IWaitingRoomHub.CallbackTopics));

        var refused = await Assert.ThrowsAsync<HubException>(() => phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), rahman.Token));
        var kioskStill = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), rahman.Token);

        Assert.That(HubRefusals.IsTooManyRequests(refused!.Message), Is.True, refused.Message);
        Assert.That(kioskStill.Code, Is.EqualTo(rahman.Code));
    }
}
