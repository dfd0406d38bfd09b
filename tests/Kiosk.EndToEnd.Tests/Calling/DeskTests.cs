using Kiosk.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>Two reception desks side by side: one acts, the other sees it; the patient's phone hears the news.</summary>
public sealed class DeskTests : BrowserFixture
{
    [Test]
    public async Task One_desk_takes_a_patient_through_the_visit_and_the_other_desk_follows_without_reloading()
    {
        var acting = await OpenReceptionAsync(1366, 768);
        var watching = await OpenReceptionAsync(1366, 768);
        var kiosk = await OpenKioskAsync();
        var code = await kiosk.CheckInAsync(DemoPatient.AishaRahman);
        await kiosk.FinishAsync();
        await Expect(watching.Row(code)).ToContainTextAsync("Waiting");
        await Blazor.MarkAsync(watching.Page);

        await acting.CallAsync(code, "Room 2");
        await Expect(watching.Row(code)).ToContainTextAsync("Called to Room 2");
        await acting.ActAsync(code, "Undo");
        await Expect(watching.Row(code)).ToContainTextAsync("Waiting");
        await acting.CallAsync(code, "Room 2");
        await acting.ActAsync(code, "In room");
        await Expect(watching.Row(code)).ToContainTextAsync("In Room 2");
        await Shots.TakeAsync(acting.Page, "reception-in-room-1366");
        await acting.ActAsync(code, "Done");

        await Expect(watching.Row(code)).ToHaveCountAsync(0);
        Assert.That(await Blazor.IsStillMarkedAsync(watching.Page), Is.True, "The watching desk was reloaded.");
    }

    [Test]
    public async Task Saying_a_provider_is_running_late_shows_the_reason_on_the_patients_phone()
    {
        var desk = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync();
        await kiosk.CheckInAsync(DemoPatient.GraceAdeyemi);
        await kiosk.FinishAsync();
        var ticket = await Lobby.TicketOfAsync(DemoPatient.GraceAdeyemi);
        var phone = await OpenPhoneAsync(ticket.PhoneUrl);

        await desk.SetRunningLateAsync("Dr Lee", "30 min late", "an emergency");

        await Expect(phone.Page.Locator("#reason")).ToContainTextAsync("Dr Lee is running about 30 min behind (an emergency).");
        await Expect(desk.Page.Locator(".late-now")).ToContainTextAsync("Dr Lee about 30 min late (an emergency)");
        await Shots.TakeAsync(phone.Page, "phone-running-late");
        await Shots.TakeAsync(desk.Page, "reception-running-late");
    }
}
