using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>"Dr Lee — has not called anyone for 12 min": the board says who is held up, on a hub clock the test moves.</summary>
public sealed class HeldUpBoardTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task A_doctor_who_calls_nobody_for_a_while_shows_on_the_board_with_the_minutes_never_on_the_tv_and_a_visit_running_long_says_how_long()
    {
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var first = await kioskClient.CheckInAsync(DemoPatients.Rahman);
        var next = await kioskClient.CheckInAsync(DemoPatients.OBrien);
        await kioskClient.CheckInAsync(DemoPatients.Adeyemi);
        var display = await OpenDisplayAsync();
        var desk = await OpenReceptionAsync(1366, 768);
        await desk.CallAsync(first.Code, "Room 2");
        await desk.ActAsync(first.Code, "In room");
        await Expect(desk.Row(first.Code)).ToContainTextAsync("In Room 2");
        _time.Advance(TimeSpan.FromMinutes(2));
        await desk.ActAsync(first.Code, "Done");
        await Expect(desk.Row(first.Code)).ToHaveCountAsync(0);

        _time.Advance(TimeSpan.FromMinutes(2));
        await Expect(desk.Waited(next.Code)).ToHaveTextAsync(new Regex(@"^4 min"));
        await Expect(desk.HeldUp("lee")).ToHaveCountAsync(0);

        _time.Advance(TimeSpan.FromMinutes(10));
        await Expect(desk.HeldUp("lee")).ToHaveTextAsync(new Regex(@"^Dr Lee — has not called anyone for 12 min · 2 waiting · likely back about \d\d:\d\d$"));
        await Shots.TakeAsync(desk.Page, "reception-held-up-1366");
        Assert.That(await Axe.SeriousViolationsAsync(desk.Page), Is.Empty, "reception with a provider held up");
        Assert.That(await display.TextAsync(), Does.Not.Contain("called anyone"), "the TV never says who is held up");

        await desk.CallAsync(next.Code, "Room 2");
        await Expect(desk.HeldUp("lee")).ToHaveCountAsync(0);

        // A 15-minute check-up, still going after 45.
        await desk.ActAsync(next.Code, "In room");
        await Expect(desk.Row(next.Code)).ToContainTextAsync("In Room 2");
        _time.Advance(TimeSpan.FromMinutes(45));
        await Expect(desk.HeldUp("lee")).ToHaveTextAsync(new Regex(@"^Dr Lee — visit running long \(45 min\) · 1 waiting · likely free about \d\d:\d\d$"));
    }
}
