namespace Kiosk.App.Hub;

/// <summary>The "Kiosk" configuration section: which hub, this kiosk's enrolment key, and how its screen behaves.</summary>
public sealed class KioskOptions
{
    public string Id { get; set; } = "lobby";
    public string HubUrl { get; set; } = "http://127.0.0.1:5080";
    public string DeviceKey { get; set; } = "";
    public string ClinicName { get; set; } = "the clinic";

    /// <summary>Where this kiosk keeps its outbox and appointment copy (relative: under the content root). One folder per kiosk.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>How long the kiosk page may stay quiet before /healthz/screen calls the screen dead (it speaks every 5 s).</summary>
    public TimeSpan ScreenStaleAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On a touch screen the mouse pointer is only in the way: true hides it on every kiosk page.</summary>
    public bool HideCursor { get; set; }
}
