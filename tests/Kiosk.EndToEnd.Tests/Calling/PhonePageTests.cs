using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>The phone page as a patient meets it: the clinic named, one heading, one connection, the wait's reason in their language.</summary>
public sealed partial class PhonePageTests : BrowserFixture
{
    [Test]
    public async Task The_page_names_the_clinic_under_one_heading_and_keeps_one_connection_for_ticket_and_questions()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);
        var page = phone.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Your ticket {ticket.Code}");
        await Expect(page.Locator(".clinic")).ToHaveTextAsync("Riverside Family Practice");
        await Expect(page).ToHaveTitleAsync("Your place in line · Riverside Family Practice");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have a question" }).ClickAsync();
        await Expect(page.GetByLabel("Billing")).ToBeVisibleAsync();

        Assert.That(phone.WebSocketsOpened, Is.EqualTo(1), "the questions use the ticket's connection");
        Assert.That(await Axe.SeriousViolationsAsync(page), Is.Empty);
    }

    [Test]
    public async Task A_fixed_running_late_reason_reads_in_spanish_and_typed_words_are_marked_as_english()
    {
        var desk = await OpenReceptionAsync();
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Chen);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl + "?lang=es", live: "En directo");
        var provider = Provider().Match(await phone.Status.InnerTextAsync()).Groups[1].Value;

        await desk.SetRunningLateForFixedReasonAsync(provider, "30 min late", "An emergency");

        await Expect(phone.Page.Locator("#reason")).ToContainTextAsync($"{provider} va con unos 30 min de retraso por una urgencia.");
        await Expect(desk.Page.Locator(".late-now")).ToContainTextAsync($"{provider} about 30 min late (an emergency)");
        await Shots.TakeAsync(phone.Page, "phone-running-late-fixed-reason-es");

        await desk.SetRunningLateAsync(provider, "30 min late", "flu clinic");

        await Expect(phone.Page.Locator("#reason")).ToContainTextAsync($"{provider} va con unos 30 min de retraso (motivo escrito en inglés: flu clinic).");
    }

    [GeneratedRegex("(Dr [A-Za-z]+)")]
    private static partial Regex Provider();
}
