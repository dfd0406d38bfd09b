using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>"Tell me when I'm 3 away": a patient can step out and be told, on their phone, to come back in time.</summary>
public sealed class NearlyYourTurnTests : BrowserFixture
{
    private static readonly AppointmentLookup Hughes = new("Hughes", new DateOnly(1944, 3, 12));
    private static readonly AppointmentLookup Garcia = new("García", new DateOnly(1971, 7, 30));

    [Test]
    public async Task A_patient_fifth_in_line_who_asks_is_told_once_when_three_away_with_a_buzz_and_not_before()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var first = await kioskClient.CheckInAsync(Hughes);
        var second = await kioskClient.CheckInAsync(Garcia);
        await kioskClient.CheckInAsync(DemoPatients.Rahman);
        await kioskClient.CheckInAsync(DemoPatients.OBrien);
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Adeyemi);
        Assert.That(ticket.PlaceInLine, Is.EqualTo(5));
        var desk = await OpenReceptionAsync(1366, 768);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        await phone.Page.EvaluateAsync("() => { window.buzzes = []; navigator.vibrate = (p) => { window.buzzes.push(p); return true; }; }");
        var ask = phone.Page.GetByRole(AriaRole.Button, new() { Name = "Tell me when I'm 3 away" });
        var told = phone.Page.Locator("#near-alert");

        await ask.ClickAsync();
        await Expect(ask).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(phone.Page.Locator("#near-status")).ToHaveTextAsync("We will tell you here. Keep this page open: we can only reach your phone while it is.");
        await Shots.TakeAsync(phone.Page, "phone-near-asked");

        await desk.CallAsync(first.Code, "Room 2");
        await Expect(phone.Status).ToContainTextAsync("4");
        await Expect(told).ToBeHiddenAsync();

        await desk.CallAsync(second.Code, "Room 2");
        await Expect(told).ToHaveTextAsync("You are now 3 in line. Please come back to the waiting room.");
        Assert.That(await phone.Page.EvaluateAsync<int>("() => window.buzzes.length"), Is.EqualTo(1), "the phone buzzed once");
        await Shots.TakeAsync(phone.Page, "phone-near-told");
        Assert.That(await Axe.SeriousViolationsAsync(phone.Page), Is.Empty, "the phone telling a patient to come back");
    }
}
