using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Display;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Display;

/// <summary>The waiting-room TV at 1920×1080, on the hub's clock: the room's calls, waits and delays, and the lobby media between calls.</summary>
public sealed class TvLayoutTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    private ClinicFile Clinic => Lobby.Hub.Services.GetRequiredService<ClinicFile>();

    [Test]
    public async Task Between_calls_the_tv_plays_the_lobby_media_and_a_call_takes_the_screen_until_the_media_carries_on()
    {
        _time.Advance(DisplaySetup.CallShownFor); // whatever was called before has had its time on screen
        await using var kiosk = await Lobby.Hub.KioskAsync();
        await using var desk = await Lobby.Hub.ReceptionAsync();
        var walkIn = await TvRoom.WalkInAsync(kiosk, TvRoom.WalkIns[0]);
        var display = await OpenDisplayAsync();

        await Expect(display.NowCalling).ToHaveCountAsync(0);
        await Expect(display.Media).ToBeVisibleAsync();
        await Expect(display.Slides.First).ToContainTextAsync("Flu vaccines are here");
        await Expect(display.Video).ToHaveAttributeAsync("src", $"{DisplaySetup.MediaPath}/calm-moment.webm");
        await Expect(display.Video).ToHaveJSPropertyAsync("muted", true);
        await Expect(display.Video).ToHaveJSPropertyAsync("paused", false);
        var served = await display.Page.APIRequest.GetAsync(new Uri(Lobby.Hub.BaseAddress, $"{DisplaySetup.MediaPath}/calm-moment.webm").ToString());
        Assert.That((served.Status, served.Headers["content-type"]), Is.EqualTo((200, "video/webm")), "the hub serves the kiosk's lobby video");

        await TvRoom.CallAsync(desk, walkIn.Code, "Room 3");

        await Expect(display.NowCallingCode).ToHaveTextAsync(walkIn.Code);
        await Expect(display.NowCallingRoom).ToHaveTextAsync("Please go to Room 3");
        await Expect(display.Media).ToBeHiddenAsync();
        await Expect(display.Video).ToHaveJSPropertyAsync("paused", true);
        var box = (await display.NowCalling.BoundingBoxAsync())!;
        Assert.That(box.Width, Is.GreaterThan(1700), "the call fills the screen's width");
        Assert.That(box.Height, Is.GreaterThan(800), "and its height below the clock");
        Assert.That(await FontSizeAsync(display, ".now-calling .code"), Is.GreaterThanOrEqualTo(300), "the code reads from the back of the room");
        await TvRoom.AssertReadableAsync(display);
        await Screenshots.ForDocsAsync(display.Page, "tv-display");
        Assert.That(await Axe.SeriousViolationsAsync(display.Page), Is.Empty, "the TV calling");

        _time.Advance(DisplaySetup.CallShownFor);

        await Expect(display.NowCalling).ToHaveCountAsync(0);
        await Expect(display.Media).ToBeVisibleAsync();
        await Expect(display.Video).ToHaveJSPropertyAsync("paused", false);
        await Expect(display.RecentCodes.First).ToHaveTextAsync(walkIn.Code);
        await Expect(display.RecentRooms.First).ToHaveTextAsync("Room 3");
        Assert.That(TvRoom.PersonalDataIn(await display.Page.ContentAsync(), Lobby), Is.Empty, "the TV's page, shown or hidden, has no personal data");
    }

    [Test]
    public async Task The_tv_lists_the_last_five_calls_newest_first_each_providers_wait_who_is_late_and_why_and_the_hubs_time()
    {
        await using var kiosk = await Lobby.Hub.KioskAsync();
        await using var desk = await Lobby.Hub.ReceptionAsync();
        await using var phone = await Lobby.Hub.AnonymousAsync();
        var display = await OpenDisplayAsync();
        await Expect(display.Clock).ToHaveTextAsync(Clinic.WallClock(_time.GetUtcNow()));
        var waiting = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var rooms = new[] { "Room 1", "Room 2", "Room 3", "Room 4", "Treatment room", "Room 1" };
        var called = new List<(string Code, string Room)>();
        foreach (var (walkIn, room) in TvRoom.WalkIns.Skip(1).Zip(rooms))
        {
            var ticket = await TvRoom.WalkInAsync(kiosk, walkIn);
            await TvRoom.CallAsync(desk, ticket.Code, room);
            called.Add((ticket.Code, room));
            await Expect(display.NowCallingCode).ToHaveTextAsync(ticket.Code);
            _time.Advance(TimeSpan.FromSeconds(10)); // calls a few seconds apart, as at a desk
        }

        _time.Advance(TimeSpan.FromMinutes(7));

        var lastFive = called.AsEnumerable().Reverse().Take(5).ToList();
        await Expect(display.NowCalling).ToHaveCountAsync(0);
        await Expect(display.RecentCodes).ToHaveTextAsync(lastFive.Select(c => c.Code).ToArray());
        await Expect(display.RecentRooms).ToHaveTextAsync(lastFive.Select(c => c.Room).ToArray());
        await Expect(display.Clock).ToHaveTextAsync(Clinic.WallClock(_time.GetUtcNow()), new() { Timeout = 15_000 });
        var rahmanNow = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), waiting.Token);
        await Expect(display.Provider("Dr Lee").Locator(".wait")).ToHaveTextAsync(TvRoom.KioskWords(rahmanNow.Estimate!.Shown));
        await Expect(display.Provider("Dr Okafor").Locator(".wait")).ToHaveTextAsync("Nobody waiting");
        await Expect(display.Media).ToBeVisibleAsync();
        await TvRoom.AssertReadableAsync(display);
        await Screenshots.ForDocsAsync(display.Page, "tv-between-calls");
        Assert.That(await Axe.SeriousViolationsAsync(display.Page), Is.Empty, "the TV between calls");

        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("okafor", 20, "", LateReasonKind.Emergency));
        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("nurse", 10, "Mrs Rahman's long visit"));

        await Expect(display.Provider("Dr Okafor").Locator(".display-late")).ToHaveTextAsync("Dr Okafor is running about 20 min late because of an emergency");
        await Expect(display.Provider("Nurse Patel").Locator(".display-late")).ToHaveTextAsync("Nurse Patel is running about 10 min late");
        await Expect(display.Provider("Dr Lee").Locator(".display-late")).ToHaveCountAsync(0);
        var page = await display.Page.ContentAsync();
        Assert.That(page, Does.Not.Contain("long visit"), "the desk's typed words stay off the TV: they may name someone");
        Assert.That(TvRoom.PersonalDataIn(page, Lobby), Is.Empty, "no patient's name, birthday or visit on the TV");
        await TvRoom.AssertReadableAsync(display);
        await Screenshots.ForDocsAsync(display.Page, "tv-running-late");
        Assert.That(await Axe.SeriousViolationsAsync(display.Page), Is.Empty, "the TV with running-late notices");
    }

    private static Task<float> FontSizeAsync(DisplayScreen display, string selector) =>
        display.Page.Locator(selector).EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).fontSize)");
}
