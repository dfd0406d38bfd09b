namespace Kiosk.Hub.Auth;

/// <summary>
/// Who may connect, from configuration ("Access" section): kiosk id → device key, and staff
/// desk → passcode. Keys shorter than <see cref="MinimumKeyLength"/> are ignored, never a default.
/// </summary>
public sealed class AccessOptions
{
    public const int MinimumKeyLength = 16;

    public Dictionary<string, string> Kiosks { get; init; } = [];

    public Dictionary<string, string> Staff { get; init; } = [];
}
