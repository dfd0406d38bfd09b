using System.Globalization;

namespace Kiosk.Contracts.Clinic;

/// <summary>
/// What every screen shows of the clinic itself: its name, its colour, its logo and its one way of
/// writing a time (24 h or 12 h, from the clinic's culture), so the kiosk, the TV, the phone and the
/// desk all say "14:05", or all say "2:05 PM".
/// </summary>
/// <param name="Accent">The colour of buttons and headings, "#rrggbb", dark enough for white text on it (≥ 4.5:1).</param>
/// <param name="Culture">The clinic's culture, e.g. "en-GB"; only its time format is used here.</param>
/// <param name="TimeZone">The clinic's IANA time zone: a kiosk's own clock setting never moves the clinic's day.</param>
/// <param name="Logo">The logo's bytes and type, or null when the clinic has none (the name stands alone).</param>
public sealed record ClinicLook(string Name, string Culture, string TimeZone, string Accent, ClinicLogo? Logo = null)
{
    public const string DefaultAccent = "#0b6e69";

    /// <summary>Until the hub has said otherwise: the configured name, 24 h times, the time zone of the kiosk's own clock.</summary>
    public static ClinicLook Plain(string name, TimeProvider clock) => new(name, "en-GB", clock.LocalTimeZone.Id, DefaultAccent);

    /// <summary>The accent when it is a plain "#rrggbb" colour, else the default: what a page may put in its style sheet.</summary>
    public string SafeAccent => Accent is ['#', .. var hex] && hex.Length == 6 && hex.All(char.IsAsciiHexDigit) ? Accent : DefaultAccent;

    /// <summary>A clinic-local time of day as the clinic writes it.</summary>
    public string Time(TimeOnly time)
    {
        var culture = CultureInfo.GetCultureInfo(Culture);
        return time.ToString(culture.DateTimeFormat.ShortTimePattern, culture);
    }

    /// <summary>A moment as the clinic's wall clock shows it.</summary>
    public string Time(DateTimeOffset at) => Time(TimeOnly.FromDateTime(Local(at).DateTime));

    /// <summary>A moment in the clinic's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset at) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at.ToLocalTime();
}

/// <summary>A logo small enough to send to every kiosk (see <see cref="MaxBytes"/>).</summary>
public sealed record ClinicLogo(string ContentType, byte[] Bytes)
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>Changes when the picture does, so a browser never shows yesterday's logo from its cache.</summary>
    public string Version => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Bytes))[..12].ToLowerInvariant();

    /// <summary>Where the kiosk and the hub serve it: a new picture is a new address.</summary>
    public string Path => $"/clinic/logo?v={Version}";
}
