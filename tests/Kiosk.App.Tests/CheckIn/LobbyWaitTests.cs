using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Lobby;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class LobbyWaitTests
{
    private Session _s = null!;

    [SetUp]
    public void NewSession() => _s = new Session();

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public async Task The_attract_screen_shows_the_typical_wait_in_each_language()
    {
        _s.Hub.LobbyWait = new WaitRange(10, 15, 20, "");

        await _s.Vm.Lobby.RefreshAsync();

        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.EqualTo("About 10–20 min right now"));
        Assert.That(_s.Vm.Lobby.WaitText("es"), Is.EqualTo("Espera actual: unos 10–20 min"));
    }

    [Test]
    public async Task A_wait_of_five_minutes_or_less_is_said_in_words_not_as_zero_to_five()
    {
        _s.Hub.LobbyWait = new WaitRange(0, 2, 5, "");

        await _s.Vm.Lobby.RefreshAsync();

        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.EqualTo("Hardly any wait right now"));
    }

    [Test]
    public async Task A_range_is_shown_in_whole_five_minutes_and_a_low_end_near_zero_as_up_to()
    {
        _s.Hub.LobbyWait = new WaitRange(37, 60, 102, "");
        await _s.Vm.Lobby.RefreshAsync();
        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.EqualTo("About 35–105 min right now"));

        _s.Hub.LobbyWait = new WaitRange(3, 8, 14, "");
        await _s.Vm.Lobby.RefreshAsync();
        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.EqualTo("Up to 15 min right now"));
        Assert.That(_s.Vm.Lobby.WaitText("es"), Is.EqualTo("Espera actual: hasta 15 min"));
    }

    [Test]
    public async Task An_unknown_wait_is_hidden_not_guessed()
    {
        _s.Hub.LobbyWait = null;

        await _s.Vm.Lobby.RefreshAsync();

        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.Null);
    }

    [Test]
    public async Task While_the_hub_is_unreachable_the_last_wait_is_hidden()
    {
        _s.Hub.LobbyWait = new WaitRange(10, 15, 20, "");
        await _s.Vm.Lobby.RefreshAsync();

        _s.Hub.Goes(HubLink.Reconnecting);

        Assert.That(_s.Vm.Lobby.WaitText("en"), Is.Null);
    }

    [Test]
    public void The_wait_is_asked_again_every_minute()
    {
        _s.Hub.LobbyWait = new WaitRange(5, 8, 12, "");

        _s.Time.Advance(LobbyWaitViewModel.Every);

        Assert.That(_s.Vm.Lobby.Wait, Is.EqualTo(_s.Hub.LobbyWait));
    }
}
