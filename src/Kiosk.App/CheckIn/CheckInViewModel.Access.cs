using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace Kiosk.App.CheckIn;

/// <summary>
/// Ways to make the screen easier, for this patient only: bigger text (up to 200 %), a
/// high-contrast theme, and "reach mode" that brings the controls down for wheelchair users.
/// Forgotten with everything else when the visit ends.
/// </summary>
public sealed partial class CheckInViewModel
{
    private static readonly int[] Scales = [100, 150, 200];

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
        Touch();
        TextScale = Scales[(Array.IndexOf(Scales, TextScale) + 1) % Scales.Length];
    }

    [RelayCommand]
    private void ToggleContrast()
    {
        Touch();
        HighContrast = !HighContrast;
    }

    [RelayCommand]
    private void ToggleReach()
    {
        Touch();
        ReachMode = !ReachMode;
    }

    /// <summary>"Talk to me", headphones plugged in, or a keypad key on the attract screen.</summary>
    [RelayCommand]
    private void TalkToMe()
    {
        Touch();
        SpeechMode = true;
    }

    [RelayCommand]
    private void ToggleBlank()
    {
        Touch();
        ScreenBlank = SpeechMode && !ScreenBlank;
    }

    private void ClearAccess()
    {
        TextScale = 100;
        HighContrast = false;
        ReachMode = false;
        SpeechMode = false;
        ScreenBlank = false;
    }
}
