using System.Globalization;
using Kiosk.Contracts.Clinic;

namespace Kiosk.Hub.Clinic;

public sealed partial record ClinicFile
{
    /// <summary>
    /// How the clinic's screens look: "accent", a colour as "#rrggbb" that white text stays legible on,
    /// (at least 5:1), and "logo", a picture file (SVG, PNG, WebP or JPEG, at most 256 KB) relative to the clinic file.
    /// </summary>
    public sealed record LookEntry(string? Accent = null, string? Logo = null);

    private static readonly Dictionary<string, string> LogoTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".webp"] = "image/webp", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
    };

    /// <summary>The look every screen uses; <paramref name="clinicFilePath"/> is where a relative logo is found.</summary>
    public ClinicLook ToLook(string clinicFilePath)
    {
        var logo = Look?.Logo is { } file && LogoPath(clinicFilePath) is { } path
            ? new ClinicLogo(LogoTypes[Path.GetExtension(path)], File.ReadAllBytes(path))
            : null;
        return new ClinicLook(Name, Culture, TimeZone, Look?.Accent?.ToLowerInvariant() ?? ClinicLook.DefaultAccent, logo);
    }

    private string? LogoPath(string clinicFilePath) =>
        Look?.Logo is { } logo ? Path.GetFullPath(logo, Path.GetDirectoryName(clinicFilePath)!) : null;

    /// <summary>What is wrong with "look"; the logo is only looked for when the file's own path is known.</summary>
    public IEnumerable<string> LookProblems(string? clinicFilePath)
    {
        if (Look?.Accent is { } accent)
        {
            if (ContrastWithWhite(accent) is not { } contrast)
            {
                yield return $"look.accent '{accent}' is not a colour written as \"#rrggbb\", e.g. \"#0b6e69\"";
            }
            else if (contrast < MinAccentContrast)
            {
                yield return $"look.accent '{accent}' is too light for the white words on buttons (contrast {contrast:0.0}:1, at least 5:1 is needed so it also reads on the screens' off-white background): choose a darker shade";
            }
        }

        if (Look?.Logo is { } logo)
        {
            if (!LogoTypes.ContainsKey(Path.GetExtension(logo)))
            {
                yield return $"look.logo '{logo}' is not an SVG, PNG, WebP or JPEG file";
            }
            else if (clinicFilePath is not null && LogoPath(clinicFilePath) is { } path)
            {
                if (!File.Exists(path)) yield return $"look.logo '{logo}' is not there ({path}): put the logo beside the clinic file or give its path";
                else if (new FileInfo(path).Length > ClinicLogo.MaxBytes) yield return $"look.logo '{logo}' is larger than 256 KB: every kiosk loads it, so save a smaller version";
            }
        }
    }

    /// <summary>4.5:1 (WCAG AA) against white and, with the kiosk's off-white page, a little more against white.</summary>
    public const double MinAccentContrast = 5;

    /// <summary>WCAG 2 contrast of white on the colour, or null when it is not "#rrggbb".</summary>
    public static double? ContrastWithWhite(string colour)
    {
        if (colour is not ['#', .. var hex] || hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = 0.2126 * Channel((rgb >> 16) & 0xff) + 0.7152 * Channel((rgb >> 8) & 0xff) + 0.0722 * Channel(rgb & 0xff);
        return 1.05 / (luminance + 0.05);
    }
}
