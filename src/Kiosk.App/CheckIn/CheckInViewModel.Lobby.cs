using CommunityToolkit.Mvvm.ComponentModel;
using Kiosk.Contracts;

namespace Kiosk.App.CheckIn;

/// <summary>The attract screen's "About 10–20 min right now": asked of the hub, hidden when unknown.</summary>
public sealed partial class CheckInViewModel
{
    [ObservableProperty]
    public partial WaitRange? LobbyWait { get; set; }

    /// <summary>What the attract screen shows about the wait, in a language; null hides the line.</summary>
    public string? LobbyWaitText(string language) =>
        LobbyWait is not { } w || _hub.Link != Hub.HubLink.Online ? null
        : w.HighMinutes <= 5 ? _strings.Get(language, "attract.short-wait")
        : _strings.Format(language, "attract.typical-wait", ("low", w.LowMinutes), ("high", w.HighMinutes));

    public static readonly TimeSpan LobbyWaitEvery = TimeSpan.FromMinutes(1);
    private readonly ITimer _lobby;

    /// <summary>Asks the hub again (attract screen only); unknown hides the line rather than showing an old number.</summary>
    public async Task RefreshLobbyWaitAsync()
    {
        if (Step == CheckInStep.Welcome)
        {
            LobbyWait = await _hub.LobbyWaitAsync();
        }
    }
}
