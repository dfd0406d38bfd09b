using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Hub.Limits;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>A ticket that has asked for help more often than a patient does is told so in its own language, and pointed to the desk.</summary>
public sealed class HelpLimitTests : BrowserFixture
{
    [Test]
    public async Task A_phone_over_its_help_limit_says_reception_knows_and_to_go_to_the_desk_in_spanish()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        await using var reception = await Lobby.Hub.ReceptionAsync();
        await using var pressing = await Lobby.Hub.AnonymousAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        for (var i = 0; i < new LimitsOptions().HelpPerTicket.Burst; i++)
        {
            await pressing.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        }

        var alert = (await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts!.Single();
        await reception.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(alert.Id));
        var phone = await OpenPhoneAsync(ticket.PhoneUrl + "?lang=es", live: "En directo");
        await Expect(phone.Page.Locator("#help-status")).ToHaveTextAsync("Alguien va hacia usted.");

        await phone.AskForHelpAsync("Necesito ayuda ahora", "Sí, necesito ayuda ahora");

        await Expect(phone.Page.Locator("#help-status")).ToHaveTextAsync(
            "Ha pedido ayuda varias veces en poco tiempo y recepción ya está avisada. Si aún necesita ayuda, vaya al mostrador o pida ayuda a cualquier persona cercana.");
        await Shots.TakeAsync(phone.Page, "phone-help-limit-es");
    }
}
