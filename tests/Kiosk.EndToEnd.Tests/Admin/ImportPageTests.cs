using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Admin;

/// <summary>An admin uploads the clinic system's CSV: sees what it would do, imports the valid part, and reception's board says who is new.</summary>
public sealed class ImportPageTests : BrowserFixture
{
    [Test]
    public async Task An_admin_previews_a_csv_with_a_bad_row_imports_the_valid_part_and_reception_sees_the_new_patient()
    {
        var password = await Lobby.Hub.CreateStaffAsync("it-admin", "admin");
        var today = Lobby.Hub.Services.GetRequiredService<ClinicProfile>().Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var file = Path.Combine(Lobby.Hub.DataDirectory, "monday.csv");
        await File.WriteAllTextAsync(file, $"""
            Appointment ID,Date,Time,Provider,Visit type,First name,Last name,Date of birth
            X-1,{today},23:50,Dr Okafor,Check-up,Beatriz,Quintana,1962-08-30
            X-2,{today},23:55,Dr Nobody,Check-up,Sam,Other,1970-01-01
            """);
        var admin = await OpenReceptionAsync(1366, 768, "it-admin", password);
        var booked = Lobby.Hub.CountRows("Appointments");

        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Import appointments" }).ClickAsync();
        await Expect(admin.Page).ToHaveURLAsync(new Regex("/admin/import$"));
        await Expect(admin.Page.GetByLabel("Appointments file")).ToBeEnabledAsync();
        await Blazor.WaitUntilInteractiveAsync(admin.Page);
        await admin.Page.GetByLabel("Appointments file").SetInputFilesAsync(file);

        var preview = admin.Page.Locator("[data-import=preview]");
        await Expect(preview).ToContainTextAsync("Nothing changed yet. This would import from CSV file monday.csv: 1 new.");
        await Expect(admin.Page.Locator("[data-import=problems]")).ToContainTextAsync(new Regex("row 3.*Dr Nobody"));
        await Shots.TakeAsync(admin.Page, "admin-import-preview-1366");
        Assert.That(await Axe.SeriousViolationsAsync(admin.Page), Is.Empty, "the import page with a preview and a problem");
        Assert.That(Lobby.Hub.CountRows("Appointments"), Is.EqualTo(booked), "choosing a file changes nothing");

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Import only the 1 valid appointment(s)" }).ClickAsync();
        await Expect(admin.Page.Locator("[data-import=imported]")).ToHaveTextAsync("Imported from CSV file monday.csv: 1 new.");

        var desk = await OpenReceptionAsync(1366, 768);
        var report = desk.Page.Locator("[data-schedule=report]").First;
        await Expect(report).ToContainTextAsync("CSV file monday.csv: 1 new");
        await Expect(report.Locator("[data-change=Added]")).ToHaveTextAsync(new Regex("^New: Beatriz Quintana, Dr Okafor 23:50$"));
        await Expect(report.Locator("summary")).ToHaveTextAsync("1 appointment(s) could not be read");
        await Shots.TakeAsync(desk.Page, "reception-schedule-panel-1366");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with the schedule panel");
    }

    [Test]
    public async Task Reception_staff_cannot_open_the_import_page()
    {
        var desk = await OpenReceptionAsync(1366, 768);

        await desk.Page.GotoAsync(new Uri(Lobby.Hub.BaseAddress, "/admin/import").ToString());

        await Expect(desk.Page.GetByLabel("Appointments file")).ToHaveCountAsync(0);
        await Expect(desk.Page.Locator("body")).Not.ToContainTextAsync("Import appointments");
    }
}
