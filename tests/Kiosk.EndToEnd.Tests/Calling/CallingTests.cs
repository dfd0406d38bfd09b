using System.Text.RegularExpressions;
using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

public sealed class CallingTests : BrowserFixture
{
    [Test]
    public async Task Calling_a_patient_updates_the_kiosk_ticket_and_the_phone_page_live()
    {
        var reception = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync();
        var first = await kiosk.CheckInAsync(DemoPatient.AishaRahman);
        await kiosk.FinishAsync();
        var second = await kiosk.CheckInAsync(DemoPatient.GraceAdeyemi);
        await Expect(kiosk.Place).ToHaveTextAsync("You are number 2 in line for Dr Lee.");
        await Blazor.MarkAsync(kiosk.Page);

        var ticket = await Lobby.TicketOfAsync(DemoPatient.GraceAdeyemi);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        await Expect(phone.Code).ToHaveTextAsync(second);
        await Expect(phone.Status).ToHaveTextAsync("2 in line for Dr Lee");
        await Blazor.MarkAsync(phone.Page);
        await Shots.TakeAsync(phone.Page, "phone-second-in-line");

        await reception.CallAsync(first, "Room 2");

        await Expect(reception.Row(first)).ToContainTextAsync("Called to Room 2");
        await Expect(phone.Status).ToHaveTextAsync("You are next for Dr Lee");
        await Shots.TakeAsync(phone.Page, "phone-next");
        await Expect(kiosk.Place).ToHaveTextAsync("You are next for Dr Lee.");
        await Shots.TakeAsync(kiosk.Page, "kiosk-next");
        await Expect(reception.Kiosk("lobby")).ToContainTextAsync(new Regex(@"^Lobby kiosk · online · last check-in \d\d:\d\d"));
        await DropASecondKioskAsync();
        await Expect(reception.Kiosk("lobby-2")).ToContainTextAsync(new Regex(@"^⚠ Offline\s*Lobby 2 kiosk · last seen \d\d:\d\d \(connection lost\)"));
        await Shots.TakeAsync(reception.Page, "reception-called");
        var phoneKept = await Blazor.IsStillMarkedAsync(phone.Page);
        var kioskKept = await Blazor.IsStillMarkedAsync(kiosk.Page);
        Assert.Multiple(() =>
        {
            Assert.That(phoneKept, Is.True, "The phone page was reloaded.");
            Assert.That(kioskKept, Is.True, "The kiosk page was reloaded.");
        });
    }

    /// <summary>A second kiosk that beats once and then loses its connection, as a pulled cable would.</summary>
    private async Task DropASecondKioskAsync()
    {
        var key = await Lobby.Hub.Enrolled("lobby-2");
        await using var second = await Lobby.Hub.ConnectAsync(key);
        await second.DoneAsync(nameof(IWaitingRoomHub.KioskHeartbeat), new KioskHealthReport("e2e", null));
    }
}
