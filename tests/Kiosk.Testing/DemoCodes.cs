using Kiosk.Contracts;

namespace Kiosk.Testing;

/// <summary>Confirmation codes from kiosk-content/clinic.demo.json, as printed on the demo patients' letters.</summary>
public static class DemoCodes
{
    public const string Rahman = "AR9K2M";
    public const string Adeyemi = "GA4Q7X";
    public const string OBrien = "TB5W8N";
    public const string Nowak = "FN8T5V";

    /// <summary>Omar Haddad is booked 150 minutes after the demo starts: too early to check in.</summary>
    public const string Haddad = "HD7K4W";

    public static readonly AppointmentLookup HaddadByName = new("Haddad", new DateOnly(1975, 10, 30));
}
