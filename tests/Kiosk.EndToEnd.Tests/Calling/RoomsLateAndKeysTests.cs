using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>Calling to a picked room, running late on the TV, and a desk that works from the keyboard alone.</summary>
public sealed class RoomsLateAndKeysTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task A_receptionist_calls_a_patient_to_a_picked_room_and_takes_them_through_the_visit_with_keys_only()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var display = await OpenDisplayAsync();
        var desk = await OpenReceptionAsync(1366, 768);
        var page = desk.Page;
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("Waiting");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-board-keys", "on");

        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#shortcut-help")).ToBeVisibleAsync();
        await Shots.TakeAsync(page, "reception-keys-help-1366");
        Assert.That(await Axe.SeriousViolationsAsync(page), Is.Empty, "reception with the keys list open");
        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#shortcut-help")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("j");
        await Expect(desk.Row(ticket.Code)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("c");
        await Expect(desk.RoomMenu).ToContainTextAsync($"Call {ticket.Code} to which room?");
        await Expect(desk.RoomMenu.Locator("button").First).ToContainTextAsync("Room 2 (usual)");
        await Shots.TakeAsync(page, "reception-room-menu-1366");
        Assert.That(await Axe.SeriousViolationsAsync(page), Is.Empty, "reception with the room menu open");
        await page.Keyboard.PressAsync("3");

        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("Called to Room 3");
        await Expect(display.NowCallingCode).ToHaveTextAsync(ticket.Code);
        await Expect(display.NowCallingRoom).ToHaveTextAsync("Please go to Room 3");
        await page.Keyboard.PressAsync("i");
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("In Room 3");
        await Expect(desk.Row(ticket.Code)).ToBeFocusedAsync();
        await Shots.TakeAsync(page, "reception-keys-chosen-row-1366");

        await page.GetByLabel("Reason patients see").FocusAsync();
        await page.Keyboard.TypeAsync("dun");
        await Expect(page.GetByLabel("Reason patients see")).ToHaveValueAsync("dun");
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("In Room 3", new() { Timeout = 2_000 });
        await page.GetByLabel("Reason patients see").FillAsync("");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("d");

        await Expect(desk.Row(ticket.Code)).ToHaveCountAsync(0);
        Assert.That(await Blazor.ErrorBar(page).IsVisibleAsync(), Is.False);
    }

    [Test]
    public async Task A_provider_falling_behind_is_suggested_to_reception_and_once_confirmed_the_tv_says_so_calmly_until_cleared()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        await kioskClient.CheckInAsync(DemoPatients.Chen);
        var display = await OpenDisplayAsync();
        var desk = await OpenReceptionAsync(1366, 768);
        await Expect(desk.Suggestion("okafor")).ToHaveCountAsync(0);

        // Wei Chen's appointment was before he came: he has been ready since check-in, 16 min ago.
        _time.Advance(TimeSpan.FromMinutes(16));

        await Expect(desk.Suggestion("okafor")).ToContainTextAsync("Dr Okafor seems about 15 min behind.");
        await Shots.TakeAsync(desk.Page, "reception-delay-suggestion-1366");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with a delay suggestion");
        await desk.Page.GetByLabel("Reason patients see").FillAsync("an emergency");
        await desk.OpenSuggestionsAsync();
        await desk.Suggestion("okafor").GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(display.RunningLate).ToHaveTextAsync("Dr Okafor is running about 15 min late");
        await Expect(desk.Page.Locator(".late-now")).ToContainTextAsync("Dr Okafor about 15 min late (an emergency)");
        await Expect(desk.Suggestion("okafor")).ToHaveCountAsync(0);
        var tv = await display.TextAsync();
        Assert.That(tv, Does.Not.Contain("emergency"), "the TV never shows the reason");
        Assert.That(Lobby.DemoPatientNames.Where(n => Regex.IsMatch(tv, $@"\b{Regex.Escape(n)}\b")), Is.Empty, "nor a patient's name");
        await Shots.TakeAsync(display.Page, "tv-running-late");
        Assert.That(await Axe.SeriousViolationsAsync(display.Page), Is.Empty, "TV with a running-late line");

        await desk.SetRunningLateAsync("Dr Okafor", "on time", "");
        await Expect(display.RunningLate).ToHaveCountAsync(0);
    }
}
