namespace Kiosk.App.Hub;

/// <summary>The "Kiosk" configuration section: which hub, and this kiosk's enrolment key.</summary>
public sealed class KioskOptions
{
    public string Id { get; set; } = "lobby";
    public string HubUrl { get; set; } = "http://127.0.0.1:5080";
    public string DeviceKey { get; set; } = "";
    public string ClinicName { get; set; } = "the clinic";

    /// <summary>Where this kiosk keeps its outbox and appointment copy (relative: under the content root). One folder per kiosk.</summary>
    public string DataFolder { get; set; } = "data";
}
