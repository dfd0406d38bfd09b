using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>"How was your visit today?": asked on the phone once the patient is seen, answered in one tap, counted at the desk.</summary>
public sealed class VisitRatingTests : BrowserFixture
{
    [Test]
    public async Task Once_seen_the_phone_asks_how_it_went_in_spanish_and_one_tap_reaches_the_reception_strip()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var desk = await OpenReceptionAsync(1366, 768);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl + "?lang=es", live: "En directo");
        var question = phone.Page.GetByRole(AriaRole.Heading, new() { Name = "¿Qué tal ha ido su visita hoy?" });
        var good = phone.Page.GetByRole(AriaRole.Button, new() { Name = "Bien", Exact = true });
        await Expect(question).ToBeHiddenAsync();

        await desk.CallAsync(ticket.Code, "Room 2");
        await desk.ActAsync(ticket.Code, "In room");
        await Expect(question).ToBeVisibleAsync();
        await good.ClickAsync();

        await Expect(phone.Page.Locator("#rate-status")).ToHaveTextAsync("Gracias por decírnoslo. Puede cambiar su respuesta.");
        await Expect(good).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(desk.Page.Locator(".today")).ToContainTextAsync("1 good · 0 OK · 0 not good");
        await Shots.TakeAsync(phone.Page, "phone-rate-es");
        await Shots.TakeAsync(desk.Page, "reception-rated-1366");
        Assert.That(await Axe.SeriousViolationsAsync(phone.Page), Is.Empty, "the phone asking how it went");
    }
}
