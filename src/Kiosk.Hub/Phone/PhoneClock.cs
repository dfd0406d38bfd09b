using System.Globalization;

namespace Kiosk.Hub.Phone;

/// <summary>
/// How the phone page writes a time: in the clinic's time zone, on the 24- or 12-hour clock of the
/// clinic's culture (clinic file, "culture"), whichever language the page speaks: one format on the page.
/// </summary>
public sealed record PhoneClock(string HourCycle, string TimeZone)
{
    public static PhoneClock For(string culture, string timeZone) =>
        new(CultureInfo.GetCultureInfo(culture).DateTimeFormat.ShortTimePattern.Contains('H', StringComparison.Ordinal) ? "h23" : "h12",
            TimeZoneInfo.TryConvertWindowsIdToIanaId(timeZone, out var iana) ? iana : timeZone);
}
