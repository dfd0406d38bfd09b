using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Exports;

/// <summary>The admin's exports page at the smallest desk screen: reached from the board, nothing personal unless ticked.</summary>
public sealed class AdminExportsTests : BrowserFixture
{
    [Test]
    public async Task An_admin_reaches_the_exports_from_the_board_and_downloads_visits_without_names()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var password = await Lobby.Hub.CreateStaffAsync("clinic-boss", "admin");
        var desk = await OpenReceptionAsync(1366, 768, "clinic-boss", password);
        var page = desk.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Exports" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/exports$"));
        var personal = page.GetByLabel("Include names, birth dates and phone numbers");
        await Expect(personal).Not.ToBeCheckedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download visits" }).ClickAsync());
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);
        await Shots.TakeAsync(page, "admin-exports-1366");

        // The checkbox is ticked through its label too: the label is its 48 px target.
        var controls = page.Locator("main button, main a, main input:not([type=checkbox]), main label[for=export-personal]");
        var tooSmall = new List<string>();
        for (var i = 0; i < await controls.CountAsync(); i++)
        {
            var box = await controls.Nth(i).BoundingBoxAsync();
            if (box is null || box.Height < 48 || box.Width < 48)
            {
                tooSmall.Add(await controls.Nth(i).EvaluateAsync<string>("e => e.outerHTML.slice(0, 80)"));
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(download.SuggestedFilename, Does.Match(@"^visits-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$"));
            Assert.That(file, Does.Contain(ticket.Code).And.Not.Contain("Rahman").And.Not.Contain("Aisha"));
            Assert.That(tooSmall, Is.Empty, "every target at least 48 px");
            Assert.That(await Axe.SeriousViolationsAsync(page), Is.Empty, "labels, contrast and the rest");
        }
    }
}
