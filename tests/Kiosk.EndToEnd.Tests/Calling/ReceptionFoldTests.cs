using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>The smallest desk screen (1366×768) shows patients first; what it says about each row is what the desk can do now.</summary>
public sealed class ReceptionFoldTests : BrowserFixture
{
    private const int Width = 1366;
    private const int Height = 768;

    [Test]
    public async Task At_1366_by_768_patient_rows_are_above_the_fold_a_walk_in_shows_its_reason_and_Undo_appears_only_after_a_desk_action()
    {
        var desk = await OpenReceptionAsync(Width, Height);
        await using var kiosk = await Lobby.Hub.KioskAsync();
        foreach (var patient in new[] { DemoPatients.Rahman, DemoPatients.Adeyemi, DemoPatients.OBrien, DemoPatients.Chen })
        {
            await kiosk.CheckInAsync(patient);
        }

        var walkIn = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(
            Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Prescription));

        await Expect(desk.Row(walkIn.Code)).ToContainTextAsync("Walk-in");
        await Expect(desk.Row(walkIn.Code).Locator(".patient")).ToContainTextAsync("A prescription");
        var rows = desk.Page.Locator("tr[data-code]");
        await Expect(rows).ToHaveCountAsync(5);
        var first = await rows.First.BoundingBoxAsync();
        Assert.That(first, Is.Not.Null);
        Assert.That(first!.Y + first.Height, Is.LessThanOrEqualTo(Height), $"the first patient row ends at {first.Y + first.Height:0} px, below the {Height} px fold");
        var visible = 0;
        foreach (var row in await rows.AllAsync())
        {
            visible += await row.BoundingBoxAsync() is { } box && box.Y + box.Height <= Height ? 1 : 0;
        }

        Assert.That(visible, Is.GreaterThanOrEqualTo(3), "several patient rows above the fold");
        await Expect(desk.Row(walkIn.Code).GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true })).ToHaveCountAsync(0);
        await Screenshots.ForDocsAsync(desk.Page, "reception-1366x768");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception at 1366×768");

        await desk.CallToOtherRoomAsync(walkIn.Code, "Room 1");

        await Expect(desk.Row(walkIn.Code)).ToContainTextAsync("Called to");
        await Expect(desk.Row(walkIn.Code).GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true })).ToHaveCountAsync(1);
    }
}
