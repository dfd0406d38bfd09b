using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>"Waiting longer than we said — go and talk to them", on a hub clock the test moves.</summary>
public sealed class OverdueNudgeTests : BrowserFixture
{
    private const string Nudge = "Waiting longer than we said — go and talk to them";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task A_patient_past_their_promise_is_highlighted_on_both_desks_calms_once_spoken_to_and_comes_back_when_the_next_promise_passes()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        await using var deskClient = await Lobby.Hub.ReceptionAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var desk = await OpenReceptionAsync(1366, 768);
        var otherDesk = await OpenReceptionAsync(1366, 768);
        await Expect(desk.Row(ticket.Code)).ToContainTextAsync("Waiting");
        await Expect(desk.Row(ticket.Code)).Not.ToContainTextAsync(Nudge);

        _time.Advance(TimeSpan.FromMinutes(ticket.Estimate!.HighMinutes + 1));

        foreach (var screen in new[] { desk, otherDesk })
        {
            await Expect(screen.Row(ticket.Code)).ToContainTextAsync(Nudge);
            await Expect(screen.Row(ticket.Code)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overdue"));
        }

        await Shots.TakeAsync(desk.Page, "reception-overdue-1366");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with a nudge");
        await desk.Row(ticket.Code).GetByRole(AriaRole.Button, new() { Name = "I've spoken to them" }).ClickAsync();

        foreach (var screen in new[] { desk, otherDesk })
        {
            await Expect(screen.Row(ticket.Code)).ToContainTextAsync($"Spoken to by {HubServer.StaffUser} at");
            await Expect(screen.Row(ticket.Code)).Not.ToContainTextAsync(Nudge);
        }

        await Shots.TakeAsync(otherDesk.Page, "reception-spoken-to-1366");
        var row = (await deskClient.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == ticket.Code);
        _time.Advance(row.NudgeAt!.Value - _time.GetUtcNow() + TimeSpan.FromMinutes(1));

        await Expect(otherDesk.Row(ticket.Code)).ToContainTextAsync(Nudge);
        await Expect(otherDesk.Row(ticket.Code)).ToContainTextAsync($"Spoken to by {HubServer.StaffUser} at");
    }
}
