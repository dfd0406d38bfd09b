using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Callbacks;

/// <summary>
/// "I have a question" at the kiosk, in Spanish and by touch alone: a refused number is explained
/// with an example, reception answers, the answer appears on the kiosk ticket and on the phone the
/// QR code opens, and Done leaves nothing of it on the kiosk's page.
/// </summary>
public sealed class KioskQuestionTests : BrowserFixture
{
    [TestCase(1080, 1920, "Serrano")]
    [TestCase(1920, 1080, "Castillo")]
    public async Task A_question_asked_at_the_kiosk_is_answered_by_reception_on_the_kiosk_ticket(int width, int height, string last)
    {
        var reception = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync(width, height);
        var code = await WalkInInSpanishAsync(kiosk, last);
        await Expect(kiosk.Page.GetByTestId("reason")).ToContainTextAsync("usted");
        await Expect(kiosk.Page.GetByTestId("reason")).Not.ToHaveAttributeAsync("lang", "en");
        var phoneLink = await kiosk.Page.Locator(".qr").GetAttributeAsync("data-link");
        Assert.That(phoneLink, Does.EndWith("lang=es"), "the phone page is to speak the patient's language too");

        await kiosk.TapAsync("Tengo una pregunta");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Question");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("¿Sobre qué es su pregunta?");
        await kiosk.LookAsync("question-topics");
        await kiosk.Page.Locator("button.topic[data-topic=billing]").ClickAsync();
        await kiosk.KeysAsync("cobro doble ");
        await kiosk.TapAsync("Mayúscula");
        await kiosk.KeysAsync("visa?");
        await kiosk.TapAsync("Llámenme al…");
        await kiosk.KeysAsync("0740");
        await kiosk.TapAsync("Enviar mi pregunta");
        await Expect(kiosk.Page.Locator("#question-error")).ToHaveTextAsync("Ese número es demasiado corto. Por ejemplo: 07400 123456");
        await Expect(kiosk.Page.Locator("#question-text")).ToHaveValueAsync("Cobro doble Visa?");
        await kiosk.LookAsync("question-bad-number");
        await kiosk.TapAsync("Díganmelo aquí mientras espero");
        await kiosk.TapAsync("Enviar mi pregunta");
        await Expect(kiosk.Page.GetByTestId("question-sent")).ToHaveTextAsync(new Regex(@"^Gracias\. Le responderemos antes de: (hoy|mañana|el \w+) a las \d{1,2}:\d{2}\.$"));
        await Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Facturación: Recibida: nos pondremos en contacto con usted");
        await kiosk.LookAsync("question-sent");

        var card = reception.Page.Locator($"article.callback:has(.code:text-is(\"{code}\"))");
        await Expect(card).ToContainTextAsync("Cobro doble Visa?");
        var badge = reception.Row(code).Locator("[data-note=question]");
        await Expect(badge).ToHaveTextAsync("? Billing question");
        await card.GetByRole(AriaRole.Button, new() { Name = "I'm on it" }).ClickAsync();
        await Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex("^Facturación: "));
        await Expect(badge).ToHaveTextAsync("? Billing question · desk is on it");
        await card.Locator("textarea").FillAsync("Solo hubo un cobro; el otro era una retención que desaparece en 3 días.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Answered" }).ClickAsync();
        await Expect(badge).ToHaveCountAsync(0);
        await Expect(kiosk.Page.GetByTestId("answer")).ToHaveTextAsync("Solo hubo un cobro; el otro era una retención que desaparece en 3 días.");
        await kiosk.LookAsync("question-answered");
        var phone = await OpenPhoneAsync(phoneLink!, live: "En directo");
        await Expect(phone.Page.Locator("#q-list li")).ToContainTextAsync("Facturación: Respondida");
        await Expect(phone.Page.Locator("#reason")).ToContainTextAsync("usted");
        await Expect(phone.Page.Locator("#q-list .answer")).ToHaveTextAsync("Solo hubo un cobro; el otro era una retención que desaparece en 3 días.");
        await Shots.TakeAsync(phone.Page, "phone-answer-from-kiosk-question");

        await kiosk.TapAsync("Volver a mi turno");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Done");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(code);
        await Expect(kiosk.Page.GetByTestId("asked")).ToContainTextAsync("Solo hubo un cobro");
        await kiosk.LookAsync("done-with-answer");
        await kiosk.FinishAsync("Listo");

        var page = await kiosk.BodyHtmlAsync();
        Assert.That(page, Does.Not.Contain("data-link").And.Not.Contain("Cobro doble").And.Not.Contain("retención").And.Not.Contain(last).And.Not.Contain("0740"));
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    private static async Task<string> WalkInInSpanishAsync(KioskScreen kiosk, string last)
    {
        await kiosk.TapAsync("Español");
        await kiosk.TapAsync("No tengo cita");
        await kiosk.TapAsync("Me encuentro mal");
        await kiosk.KeysAsync("Rosa");
        await kiosk.TapBoxAsync("last-name");
        await kiosk.KeysAsync(last);
        await kiosk.TapBoxAsync("birth-day");
        await kiosk.KeysAsync("9");
        await kiosk.TapBoxAsync("birth-month");
        await kiosk.MonthAsync("marzo");
        await kiosk.KeysAsync("1958");
        await kiosk.TapAsync("Registrarme");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await kiosk.Page.Locator(".needs .actions").GetByRole(AriaRole.Button).Last.ClickAsync();
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        return (await kiosk.TicketCode.TextContentAsync())!.Trim();
    }
}
