using Kiosk.Hub.Retention;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Hub.Tests.Retention;

/// <summary>The settings the hub reads at start: sensible defaults, the older callback names still honoured, nonsense refused by name.</summary>
public sealed class RetentionOptionsTests
{
    [Test]
    public void Without_settings_patient_data_is_kept_30_days_and_purged_hourly()
    {
        Assert.That(RetentionOptions.From(Settings()), Is.EqualTo(new RetentionOptions(30, 60)));
    }

    [Test]
    public void The_older_callback_settings_still_work_and_the_new_names_take_over()
    {
        Assert.That(RetentionOptions.From(Settings(("Callbacks:RetentionDays", "14"), ("Callbacks:PurgeEveryMinutes", "5"))), Is.EqualTo(new RetentionOptions(14, 5)));
        Assert.That(RetentionOptions.From(Settings(("Retention:PatientDataDays", "90"), ("Retention:PurgeEveryMinutes", "15"))), Is.EqualTo(new RetentionOptions(90, 15)));
        Assert.That(RetentionOptions.From(Settings(("Retention:PatientDataDays", "14"), ("Callbacks:RetentionDays", "14"))).PatientDataDays, Is.EqualTo(14));
    }

    [TestCase("Retention:PatientDataDays", "0", "whole number of days from 1 to 3650")]
    [TestCase("Retention:PatientDataDays", "-5", "whole number of days from 1 to 3650")]
    [TestCase("Retention:PatientDataDays", "thirty", "Retention:PatientDataDays is \"thirty\"")]
    [TestCase("Retention:PatientDataDays", "7.5", "whole number of days")]
    [TestCase("Retention:PatientDataDays", "99999", "from 1 to 3650")]
    [TestCase("Retention:PatientDataDays", "", "Retention:PatientDataDays is \"\"")]
    [TestCase("Callbacks:RetentionDays", "never", "Callbacks:RetentionDays is \"never\"")]
    [TestCase("Retention:PurgeEveryMinutes", "0", "whole number of minutes from 1 to 1440")]
    public void A_nonsense_value_stops_the_hub_naming_the_setting_and_what_it_takes(string name, string value, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => RetentionOptions.From(Settings((name, value))));

        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Two_different_windows_under_the_old_and_new_names_are_refused_rather_than_guessed()
    {
        var e = Assert.Throws<InvalidDataException>(() => RetentionOptions.From(Settings(("Retention:PatientDataDays", "30"), ("Callbacks:RetentionDays", "365"))));

        Assert.That(e!.Message, Does.Contain("set only Retention:PatientDataDays"));
    }

    private static IConfiguration Settings(params (string Name, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Name, v.Value))).Build();
}
