using Kiosk.App.Hub;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Tests.Hub;

/// <summary>The device key as systemd hands it over: a file named Kiosk__DeviceKey in $CREDENTIALS_DIRECTORY.</summary>
public sealed class SystemdCredentialsTests
{
    private string _credentials = null!;

    [SetUp]
    public void MakeCredentialsFolder()
    {
        _credentials = Directory.CreateTempSubdirectory("kiosk-credentials-").FullName;
        // enrol.sh stores the key without a newline; one typed by hand with echo has one, and must not change the key.
        File.WriteAllText(Path.Combine(_credentials, "Kiosk__DeviceKey"), "key-from-systemd\n");
    }

    [TearDown]
    public void RemoveCredentialsFolder() => Directory.Delete(_credentials, recursive: true);

    [Test]
    public void A_credential_file_named_Kiosk__DeviceKey_is_the_setting_Kiosk_DeviceKey()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kiosk:DeviceKey"] = "from-kiosk-env" })
            .AddSystemdCredentials(_credentials)
            .Build();

        Assert.That(configuration["Kiosk:DeviceKey"], Is.EqualTo("key-from-systemd"));
    }

    [Test]
    public void Without_a_credentials_folder_the_other_settings_stand()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kiosk:DeviceKey"] = "from-kiosk-env" })
            .AddSystemdCredentials(null)
            .AddSystemdCredentials(Path.Combine(_credentials, "not-there"))
            .Build();

        Assert.That(configuration["Kiosk:DeviceKey"], Is.EqualTo("from-kiosk-env"));
    }

    [Test]
    [NonParallelizable]
    public async Task The_kiosk_app_started_by_systemd_reads_its_device_key_from_CREDENTIALS_DIRECTORY()
    {
        Environment.SetEnvironmentVariable("CREDENTIALS_DIRECTORY", _credentials);
        try
        {
            await using var kiosk = Health.LoneKiosk.Start();
            var options = kiosk.Services.GetRequiredService<IOptions<KioskOptions>>().Value;

            Assert.That(options.DeviceKey, Is.EqualTo("key-from-systemd"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CREDENTIALS_DIRECTORY", null);
        }
    }
}
