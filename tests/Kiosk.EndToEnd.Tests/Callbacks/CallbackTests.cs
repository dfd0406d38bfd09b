using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Callbacks;

public sealed partial class CallbackTests : BrowserFixture
{
    [Test]
    public async Task A_question_from_the_phone_is_claimed_and_answered_at_reception_and_the_answer_appears_on_the_phone()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var reception = await OpenReceptionAsync();
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "I have a question" }).ClickAsync();
        await page.GetByLabel("Billing").CheckAsync();
        await page.Locator("#q-text").FillAsync("Why was I billed twice for my last visit?");
        await page.GetByLabel("Call me back on…").CheckAsync();
        await page.Locator("#q-phone").FillAsync("0740");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();
        await Expect(page.Locator("#q-error")).ToHaveTextAsync("That number is too short. For example: 07400 123456");
        await Shots.TakeAsync(page, "phone-question-bad-number");
        await page.GetByLabel("Tell me here while I wait").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();
        var mine = page.Locator("#q-list li");
        await Expect(mine).ToContainTextAsync("Billing: Received");
        await Shots.TakeAsync(page, "phone-question-received");

        var card = reception.Page.Locator($"article.callback:has(.code:text-is(\"{ticket.Code}\"))");
        await Expect(card).ToContainTextAsync("Why was I billed twice for my last visit?");
        await card.GetByRole(AriaRole.Button, new() { Name = "I'm on it" }).ClickAsync();
        await Expect(card).ToContainTextAsync("desk is on it");
        await Expect(mine).ToContainTextAsync("Someone is on it");
        await card.Locator("textarea").FillAsync("Only one payment went through; the other was a card hold that drops off in 3 days.");
        await Shots.TakeAsync(reception.Page, "reception-callback-claimed");
        await card.GetByRole(AriaRole.Button, new() { Name = "Answered" }).ClickAsync();

        await Expect(card).ToContainTextAsync("Answered by desk");
        await Expect(mine).ToContainTextAsync("Billing: Answered");
        await Expect(mine.Locator(".answer")).ToHaveTextAsync("Only one payment went through; the other was a card hold that drops off in 3 days.");
        await Expect(reception.Page.Locator(".callbacks .report")).ToContainTextAsync("Today: 1 asked · 1 answered");
        await Shots.TakeAsync(page, "phone-question-answered");
        await Shots.TakeAsync(reception.Page, "reception-callback-answered");
    }

    [Test]
    public async Task A_spanish_speaking_patients_phone_asks_in_spanish_and_is_refused_in_spanish()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Chen);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl + "?lang=es", live: "En directo");
        var page = phone.Page;

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(phone.Status).ToContainTextAsync("para Dr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tengo una pregunta" }).ClickAsync();
        await page.GetByLabel("Recetas").CheckAsync();
        await page.GetByLabel("Llámenme al…").CheckAsync();
        await page.Locator("#q-phone").FillAsync("07400 12345678901");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar mi pregunta" }).ClickAsync();
        await Expect(page.Locator("#q-error")).ToHaveTextAsync("Ese número es demasiado largo. Por ejemplo: 07400 123456");
        await Shots.TakeAsync(page, "phone-question-bad-number-es");
        await page.Locator("#q-phone").FillAsync("+34 612 345 678");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar mi pregunta" }).ClickAsync();

        await Expect(page.Locator("#q-list li")).ToContainTextAsync("Recetas: Recibida");
        await Expect(page.Locator("#q-list li")).ToContainTextAsync(AnswerByOnTheClinicsClock());
        await Shots.TakeAsync(page, "phone-question-received-es");
        Assert.That(await Axe.SeriousViolationsAsync(page), Is.Empty);
    }

    /// <summary>The demo clinic is en-GB: 24-hour times ("mié, 14:05"), never "2:05 p. m.", whichever language the page speaks.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"Respuesta antes de: \S+,? \d{2}:\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex AnswerByOnTheClinicsClock();
}
