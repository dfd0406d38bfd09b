using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.Contracts;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Core.Lobby;

/// <summary>
/// The attract screen's "About 10–20 min right now": asked of the hub every minute and whenever the
/// attract screen comes back or the link changes; hidden when unknown or offline rather than old.
/// </summary>
public sealed partial class LobbyWaitViewModel : ObservableObject, IDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly IWaitingRoomGateway _hub;
    private readonly KioskStrings _strings;
    private readonly IMessenger _messenger;
    private readonly ITimer _timer;
    private CheckInStep _step = CheckInStep.Welcome;

    public LobbyWaitViewModel(IWaitingRoomGateway hub, KioskStrings strings, TimeProvider time, IMessenger messenger)
    {
        _hub = hub;
        _strings = strings;
        _messenger = messenger;
        messenger.Register<LobbyWaitViewModel, StepChanged>(this, static (lobby, m) =>
        {
            lobby._step = m.Step;
            if (m.Step == CheckInStep.Welcome)
            {
                _ = lobby.RefreshAsync();
            }
        });
        _hub.LinkChanged += OnLinkChanged;
        _timer = time.CreateTimer(_ => _ = RefreshAsync(), null, TimeSpan.Zero, Every);
    }

    [ObservableProperty]
    public partial WaitRange? Wait { get; set; }

    /// <summary>What the attract screen shows about the wait, in a language; null hides the line.</summary>
    public string? WaitText(string language) =>
        Wait is not { } range || _hub.Link != HubLink.Online ? null
        : range.Shown switch
        {
            { Kind: ShownWaitKind.FewMinutes } => _strings.Get(language, "attract.short-wait"),
            { Kind: ShownWaitKind.UpTo } w => _strings.Format(language, "attract.typical-wait-up-to", ("high", w.HighMinutes)),
            var w => _strings.Format(language, "attract.typical-wait", ("low", w.LowMinutes), ("high", w.HighMinutes)),
        };

    /// <summary>Asks the hub again (attract screen only); unknown hides the line rather than showing an old number.</summary>
    public async Task RefreshAsync()
    {
        if (_step == CheckInStep.Welcome)
        {
            Wait = await _hub.LobbyWaitAsync();
        }
    }

    private void OnLinkChanged(HubLink link) => _ = RefreshAsync();

    public void Dispose()
    {
        _messenger.UnregisterAll(this);
        _hub.LinkChanged -= OnLinkChanged;
        _timer.Dispose();
    }
}
