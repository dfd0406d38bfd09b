using Kiosk.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>Each check-in path at both orientations, by touch alone, with axe on every screen.</summary>
public sealed class KioskPathsTests : BrowserFixture
{
    [TestCase(1080, 1920, "Adeyemi")]
    [TestCase(1920, 1080, "OBrien")]
    public async Task A_new_patient_checks_in_by_appointment_in_ten_taps_keys_included_with_the_on_screen_keys(int width, int height, string who)
    {
        var patient = who == "Adeyemi" ? DemoPatient.GraceAdeyemi : DemoPatient.TomOBrien;
        var kiosk = await OpenKioskAsync(width, height);
        await kiosk.LookAsync("attract");

        await kiosk.TapAsync("English");
        await Expect(kiosk.Page.Locator(".entry.active #birth-day")).ToBeVisibleAsync();
        await kiosk.KeysAsync(patient.DateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await kiosk.LookAsync("month-picker");
        await kiosk.MonthAsync(patient.DateOfBirth.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture));
        await kiosk.KeysAsync((patient.DateOfBirth.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(kiosk.Page.Locator(".entry.active #last-name")).ToBeVisibleAsync();
        await kiosk.LookAsync("find-date-filled");
        await kiosk.KeysAsync(who == "Adeyemi" ? "AD" : "OB");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Confirm");
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(patient.FirstName);
        await kiosk.LookAsync("confirm");
        await kiosk.TapAsync("Yes, check me in");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await kiosk.LookAsync("needs");
        await kiosk.TapAsync("Nothing today — check me in");
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        await kiosk.LookAsync("done");

        Assert.That(kiosk.AllTaps, Is.LessThanOrEqualTo(10), "every tap from the attract screen to the ticket, keys included");
        Assert.That(await kiosk.Page.Locator("input:not([inputmode=none])").CountAsync(), Is.Zero, "no box may open the system keyboard");
        Assert.That(kiosk.AxeFindings, Is.Empty);
        TestContext.Out.WriteLine($"taps_name_path={kiosk.AllTaps} (buttons {kiosk.Taps}, keys {kiosk.Keys})");
    }

    [TestCase(1080, 1920)]
    [TestCase(1920, 1080)]
    public async Task A_walk_in_in_spanish_who_feels_worse_reaches_reception_with_an_urgent_flag(int width, int height)
    {
        var reception = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync(width, height);
        var last = width > height ? "Vidal" : "Lopez";

        await kiosk.TapAsync("Español");
        await kiosk.TapAsync("No tengo cita");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "WalkInReason");
        await kiosk.LookAsync("walkin-reason");
        await kiosk.TapAsync("Me encuentro mal");
        await kiosk.KeysAsync("Ana");
        await kiosk.TapBoxAsync("last-name");
        await kiosk.KeysAsync(last);
        await kiosk.TapBoxAsync("birth-day");
        await kiosk.KeysAsync("3");
        await kiosk.TapBoxAsync("birth-month");
        await kiosk.MonthAsync("abril");
        await kiosk.KeysAsync("1961");
        await kiosk.LookAsync("walkin-details");
        await kiosk.TapAsync("Registrarme");
        await Expect(kiosk.Main).ToHaveAttributeAsync("data-step", "Needs");
        await kiosk.TapAsync("Me encuentro peor que cuando pedí la cita");
        await kiosk.TapAsync("Necesito un intérprete");
        await kiosk.TapAsync("Polaco");
        await kiosk.LookAsync("needs-chosen");
        await kiosk.Page.Locator(".needs .actions").GetByRole(AriaRole.Button, new() { Name = "Registrarme" }).ClickAsync();
        await Expect(kiosk.TicketCode).ToHaveTextAsync(KioskScreen.TicketCodePattern());
        await Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ya está registrado");
        await kiosk.LookAsync("done-es");
        var code = (await kiosk.TicketCode.TextContentAsync())!.Trim();

        var row = reception.Row(code);
        await Expect(row).ToContainTextAsync($"Ana {last}");
        await Expect(row.Locator("[data-note=worse]")).ToHaveTextAsync("⚠ Feeling worse");
        await Expect(row.Locator("[data-note=interpreter]")).ToContainTextAsync("Polish");
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("urgent"));
        await Shots.TakeAsync(reception.Page, "reception-care-notes");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }

    [Test]
    public async Task Not_found_offers_try_again_walk_in_and_help_and_two_matches_reveal_nothing()
    {
        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();

        await kiosk.FindAsync("Vandersloot", "4", "7", "1985");
        await Expect(kiosk.Message).ToContainTextAsync("could not find");
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "I don't have an appointment" })).ToBeVisibleAsync();
        await kiosk.LookAsync("not-found");
        await kiosk.TapAsync("Get help");
        await Expect(kiosk.Message).ToContainTextAsync("front desk");

        await kiosk.FindAsync("Smith", "1", "6", "1950");
        await Expect(kiosk.Message).ToContainTextAsync("Please see the front desk");
        await kiosk.LookAsync("two-matches");
        await Expect(kiosk.Main).Not.ToContainTextAsync("Jack");
        await Expect(kiosk.Main).Not.ToContainTextAsync("Jane");
        await Expect(kiosk.Main).Not.ToContainTextAsync("Okafor");
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
