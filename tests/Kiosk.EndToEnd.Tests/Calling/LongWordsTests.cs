using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>One patient's long unbroken name (or note) must not push the desk's buttons off the smallest desk screen.</summary>
public sealed class LongWordsTests : BrowserFixture
{
    private const int Width = 1366;

    [Test]
    public async Task A_hundred_letter_last_name_wraps_and_every_Call_button_stays_on_a_1366_by_768_screen()
    {
        var desk = await OpenReceptionAsync(Width, 768);
        var longName = string.Concat(Enumerable.Repeat("Wolfeschlegelsteinhausenbergerdorff", 3))[..100];
        var longWord = new string('W', 150);
        await using var kiosk = await Lobby.Hub.KioskAsync();
        var rahman = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var walkIn = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(
            Guid.NewGuid(), "Ana", longName, new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(Other: longWord)));
        await kiosk.AskAsync(walkIn.Token, "billing", $"Why {longWord} twice?");

        await Expect(desk.Row(walkIn.Code)).ToContainTextAsync(longName);
        await Expect(desk.Row(rahman.Code)).ToContainTextAsync("Waiting");
        await Expect(desk.Page.Locator(".callback .question")).ToContainTextAsync(longWord);
        await Shots.TakeAsync(desk.Page, "reception-long-name-1366");

        var calls = desk.Page.Locator("tr[data-code]").GetByRole(AriaRole.Button, new() { NameRegex = new("^Call to ") });
        Assert.That(await calls.CountAsync(), Is.EqualTo(2));
        foreach (var call in await calls.AllAsync())
        {
            var box = await call.BoundingBoxAsync();
            Assert.That(box, Is.Not.Null);
            Assert.That((box!.X >= 0, box.X + box.Width <= Width), Is.EqualTo((true, true)), $"{await call.TextContentAsync()} spans {box.X:0}–{box.X + box.Width:0} px");
        }

        var scroll = await desk.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.That(scroll[0], Is.LessThanOrEqualTo(scroll[1]), "no sideways scrolling");
    }
}
