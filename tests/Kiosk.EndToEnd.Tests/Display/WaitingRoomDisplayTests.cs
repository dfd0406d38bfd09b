using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Display;

public sealed class WaitingRoomDisplayTests : BrowserFixture
{
    /// <summary>The hub's clock stands still: a call stays on screen (and a TV opened later shows it) until a test moves it.</summary>
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task The_tv_display_shows_the_called_ticket_code_but_never_a_name()
    {
        _time.Advance(TimeSpan.FromSeconds(5)); // later than any call another test made, as calls at a desk are
        var display = await OpenDisplayAsync();
        var reception = await OpenReceptionAsync();
        var kiosk = await OpenKioskAsync();
        var code = await kiosk.CheckInAsync(DemoPatient.FatimaNowak);

        await reception.CallToOtherRoomAsync(code, "Room 1");

        await Expect(display.NowCallingCode).ToHaveTextAsync(code);
        await Expect(display.NowCallingRoom).ToHaveTextAsync("Please go to Room 1");
        await Shots.TakeAsync(display.Page, "display-live");
        Assert.That(NamesIn(await reception.Page.Locator("body").InnerTextAsync()), Does.Contain(DemoPatient.FatimaNowak.LastName), "The name check cannot see names.");
        Assert.That(NamesIn(await display.TextAsync()), Is.Empty, "The live TV page shows a patient's name.");
        Assert.That(TvRoom.PersonalDataIn(await display.Page.ContentAsync(), Lobby), Is.Empty, "The TV page holds personal data, shown or hidden.");

        var fresh = await OpenDisplayAsync();
        await Expect(fresh.NowCallingCode).ToHaveTextAsync(code);
        Assert.That(NamesIn(await fresh.TextAsync()), Is.Empty, "The freshly loaded TV page shows a patient's name.");
        Assert.That(TvRoom.PersonalDataIn(await fresh.Page.ContentAsync(), Lobby), Is.Empty, "The freshly loaded TV page holds personal data.");
    }

    [Test]
    public async Task Each_call_is_chimed_and_said_out_loud_by_ticket_code_and_room_never_by_name()
    {
        _time.Advance(TimeSpan.FromSeconds(5));
        var display = await OpenDisplayAsync();
        var reception = await OpenReceptionAsync();
        await using var kioskClient = await Lobby.Hub.KioskAsync();
        var ticket = await kioskClient.CheckInAsync(DemoPatients.Chen);
        await display.Page.Locator("main").ClickAsync(); // whoever sets the TV up clicks once (the test browser allows sound anyway)

        await reception.CallToOtherRoomAsync(ticket.Code, "Room 1");

        await Expect(display.NowCallingCode).ToHaveTextAsync(ticket.Code);
        await Expect(display.Page.Locator("body")).ToHaveAttributeAsync("data-chimes", "1");
        var said = await display.Page.EvaluateAsync<string[]>("() => window.tvAnnounced ?? []");
        Assert.That(said, Is.EqualTo(new[] { $"Ticket {string.Join(' ', ticket.Code.ToCharArray())}. Please go to Room 1." }));
        Assert.That(NamesIn(string.Join(' ', said)), Is.Empty, "the TV never says a name");
        await Expect(display.Page.Locator(".sound-off")).ToBeHiddenAsync();
        Assert.That(await Axe.SeriousViolationsAsync(display.Page), Is.Empty, "the TV");
    }

    private List<string> NamesIn(string text) =>
        [.. Lobby.DemoPatientNames.Where(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
}
