using System.Globalization;

namespace Kiosk.Hub.Retention;

/// <summary>
/// Retention:PatientDataDays — how long names, birth dates, confirmation codes, care notes, phone
/// numbers and free text are kept (default 30); Retention:PurgeEveryMinutes — how often the purge
/// looks (default 60). The older Callbacks:RetentionDays and Callbacks:PurgeEveryMinutes still
/// work when the new names are not set. A value that is not a sensible whole number stops the hub
/// at start with the setting's name, rather than keeping data for a period nobody chose.
/// </summary>
public sealed record RetentionOptions(int PatientDataDays = RetentionOptions.DefaultDays, int PurgeEveryMinutes = RetentionOptions.DefaultPurgeEveryMinutes)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 3650;
    public const int DefaultPurgeEveryMinutes = 60;
    public const int MaxPurgeEveryMinutes = 1440;

    public static RetentionOptions From(IConfiguration config) => new(
        Read(config, "Retention:PatientDataDays", "Callbacks:RetentionDays", DefaultDays, MaxDays, "days"),
        Read(config, "Retention:PurgeEveryMinutes", "Callbacks:PurgeEveryMinutes", DefaultPurgeEveryMinutes, MaxPurgeEveryMinutes, "minutes"));

    private static int Read(IConfiguration config, string name, string olderName, int fallback, int max, string unit)
    {
        var value = config[name];
        var older = config[olderName];
        if (value is not null && older is not null && value.Trim() != older.Trim())
        {
            throw new InvalidDataException($"Setting {name} is {value} but {olderName} is {older}: set only {name}.");
        }

        var (setting, text) = value is not null ? (name, value) : (olderName, older);
        if (text is null) return fallback;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 && number <= max
            ? number
            : throw new InvalidDataException($"Setting {setting} is \"{text}\": give a whole number of {unit} from 1 to {max}.");
    }
}
