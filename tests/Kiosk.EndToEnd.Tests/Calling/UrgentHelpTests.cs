using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>"I need help now" from a phone: every desk sees and hears it until one says "I'm going".</summary>
public sealed class UrgentHelpTests : BrowserFixture
{
    [Test]
    public async Task Help_asked_on_the_phone_rings_on_both_desks_until_one_is_going_and_the_phone_hears_someone_is_coming()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var desk = await OpenReceptionAsync(1366, 768);
        var otherDesk = await OpenReceptionAsync(1366, 768);
        var display = await OpenDisplayAsync();
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("Waiting");
        await Expect(desk.Page.Locator(".today")).ToContainTextAsync("nobody has answered yet");
        await Expect(Alerts(desk)).ToHaveCountAsync(0);
        await Shots.TakeAsync(desk.Page, "reception-calm-1366");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception, calm");

        await phone.AskForHelpAsync();

        await Expect(phone.Page.Locator("#help-status")).ToHaveTextAsync("Reception has been told. Stay where you are: someone will come to you.");
        foreach (var screen in new[] { desk, otherDesk })
        {
            await Expect(Alerts(screen)).ToContainTextAsync($"{ticket.Code} Aisha Rahman asked for help now from their phone");
            await Expect(screen.Page.Locator("body")).ToHaveAttributeAsync("data-alarm", "ringing");
            await screen.Page.WaitForFunctionAsync("() => Number(document.body.dataset.alarmChimes) >= 2", null, new() { Timeout = 15_000 });
        }

        await Shots.TakeAsync(desk.Page, "reception-alert-1366");
        await Shots.TakeAsync(phone.Page, "phone-help-asked");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception, alerting");

        await Alerts(otherDesk).GetByRole(AriaRole.Button, new() { Name = $"I'm going to {ticket.Code}" }).ClickAsync();

        foreach (var screen in new[] { desk, otherDesk })
        {
            await Expect(Alerts(screen)).ToHaveCountAsync(0);
            await Expect(screen.Page.Locator("body")).ToHaveAttributeAsync("data-alarm", "quiet");
        }

        await Expect(phone.Page.Locator("#help-status")).ToHaveTextAsync("Someone is coming to you.");
        await Shots.TakeAsync(phone.Page, "phone-someone-coming");
        await Shots.TakeAsync(desk.Page, "reception-after-going-1366");
        Assert.That(await display.TextAsync(), Does.Not.Contain(ticket.Code).And.Not.Contain("asked for help"), "never on the TV (whose lobby slides may well offer help)");
    }

    [Test]
    public async Task Help_is_asked_for_only_once_confirmed_and_taken_back_from_the_phone_leaves_the_desk()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Adeyemi);
        var desk = await OpenReceptionAsync(1366, 768);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("Waiting");

        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).ClickAsync();
        await Expect(phone.Page.Locator("#help-confirm")).ToContainTextAsync("Ask reception to come to you now?");
        await Expect(phone.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, I need help now" })).ToBeFocusedAsync();
        await Shots.TakeAsync(phone.Page, "phone-help-confirm");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "No, go back" }).ClickAsync();

        await Expect(phone.Page.GetByRole(AriaRole.Button, new() { Name = "I need help now" })).ToBeFocusedAsync();
        await Expect(phone.HelpStatus).ToBeHiddenAsync();
        await using var reception = await Lobby.Hub.ReceptionAsync();
        Assert.That((await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Alerts, Is.Empty, "asking and going back sends nothing");

        await phone.AskForHelpAsync();
        await Expect(Alerts(desk)).ToContainTextAsync($"{ticket.Code} Grace Adeyemi asked for help now from their phone");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "I no longer need help" }).ClickAsync();

        await Expect(Alerts(desk)).ToHaveCountAsync(0);
        await Expect(desk.Page.Locator("body")).ToHaveAttributeAsync("data-alarm", "quiet");
        await Expect(phone.HelpStatus).ToHaveTextAsync("Reception has been told you no longer need help.");
        await Expect(phone.Page.GetByRole(AriaRole.Button, new() { Name = "I need help now" })).ToBeVisibleAsync();
        await Shots.TakeAsync(phone.Page, "phone-help-taken-back");
        Assert.That(await Axe.SeriousViolationsAsync(phone.Page), Is.Empty, "phone, help taken back");
    }

    private static ILocator Alerts(ReceptionScreen screen) => screen.Page.Locator(".alerts .alert");
}
