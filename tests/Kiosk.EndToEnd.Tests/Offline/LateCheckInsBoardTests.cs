using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Visits;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Offline;

/// <summary>Reception's board after a kiosk that was offline delivers: the late arrival on its row, and the one checked in twice listed until someone has seen it.</summary>
public sealed class LateCheckInsBoardTests : BrowserFixture
{
    [Test]
    public async Task A_patient_checked_in_at_the_desk_and_offline_at_the_kiosk_is_listed_for_a_look_until_seen_and_a_late_arrival_says_when_it_reached_us()
    {
        await using var kiosk = await Lobby.Hub.KioskAsync();
        var desk = await OpenReceptionAsync(1366, 768);
        var rahman = await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman);
        var live = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(
            Guid.NewGuid(), rahman, DemoPatients.Rahman.LastName, DemoPatients.Rahman.DateOfBirth, Outbox: Told(8)));
        var late = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn),
            new WalkInRequest(Guid.NewGuid(), "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, Outbox: Told(6)));

        var panel = desk.Page.Locator(".late-check-ins");
        await Expect(panel).ToContainTextAsync("From a kiosk that was offline");
        await Expect(panel).ToContainTextAsync($"Aisha Rahman ({live.Code})");
        await Expect(panel).ToContainTextAsync("They were already checked in: one visit kept");
        await Expect(desk.Row(late.Code)).ToContainTextAsync("kiosk offline, reached us");
        await Screenshots.ForDocsAsync(desk.Page, "reception-late-check-ins-1366x768");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with late check-ins");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Seen Aisha Rahman" }).ClickAsync();

        await Expect(panel).ToHaveCountAsync(0);
        await Expect(desk.Row(late.Code)).ToContainTextAsync("kiosk offline, reached us");
    }

    private static OutboxStamp Told(int minutesAgo) => new(DateTimeOffset.UtcNow.AddMinutes(-minutesAgo), VisitTicket.NewToken(), ToldCheckedIn: true);
}
