using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// Ways to make the screen easier, for this patient only: bigger text (up to 200 %), a
/// high-contrast theme, "reach mode" that brings the controls down for wheelchair users, and speech
/// mode. Forgotten with everything else when the visit ends (kept when a new visit starts from the
/// attract screen, where they were chosen).
/// </summary>
public sealed partial class AccessViewModel : ObservableObject
{
    private static readonly int[] Scales = [100, 150, 200];
    private readonly IMessenger _messenger;

    public AccessViewModel(IMessenger messenger)
    {
        _messenger = messenger;
        messenger.Register<AccessViewModel, PatientForgotten>(this, static (access, m) =>
        {
            if (!m.KeepAccess)
            {
                access.Clear();
            }
        });
    }

    public static IReadOnlyList<int> TextScales => Scales;

    [ObservableProperty]
    public partial int TextScale { get; set; } = 100;

    [ObservableProperty]
    public partial bool HighContrast { get; set; }

    [ObservableProperty]
    public partial bool ReachMode { get; set; }

    /// <summary>
    /// Speech mode, for patients who cannot see the screen: every screen is spoken and everything
    /// works from a keypad (arrows or a numeric keypad: move, 5 to choose, 0 back, * repeat).
    /// </summary>
    [ObservableProperty]
    public partial bool SpeechMode { get; set; }

    /// <summary>In speech mode the screen can go dark so nobody nearby reads over the patient's shoulder.</summary>
    [ObservableProperty]
    public partial bool ScreenBlank { get; set; }

    [RelayCommand]
    private void LargerText()
    {
        Touched();
        TextScale = Scales[(Array.IndexOf(Scales, TextScale) + 1) % Scales.Length];
    }

    [RelayCommand]
    private void ToggleContrast()
    {
        Touched();
        HighContrast = !HighContrast;
    }

    [RelayCommand]
    private void ToggleReach()
    {
        Touched();
        ReachMode = !ReachMode;
    }

    /// <summary>
    /// "Talk to me", headphones plugged in, or a keypad key on the attract screen (the last two only
    /// while it is off). Pressed again it stops: speech mode lasts past "Back" and "Start again", so
    /// the next person at the screen must be able to turn it off, and the screen lights up with it.
    /// </summary>
    [RelayCommand]
    private void ToggleTalk()
    {
        Touched();
        SpeechMode = !SpeechMode;
        ScreenBlank = ScreenBlank && SpeechMode;
    }

    [RelayCommand]
    private void ToggleBlank()
    {
        Touched();
        ScreenBlank = SpeechMode && !ScreenBlank;
    }

    private void Touched() => _messenger.Send(new PatientTouched());

    private void Clear()
    {
        TextScale = 100;
        HighContrast = false;
        ReachMode = false;
        SpeechMode = false;
        ScreenBlank = false;
    }
}
