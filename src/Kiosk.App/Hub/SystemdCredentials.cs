namespace Kiosk.App.Hub;

public static class SystemdCredentials
{
    /// <summary>
    /// Each file in systemd's credentials folder ($CREDENTIALS_DIRECTORY) is a setting named by the file, "__" for ":":
    /// the file Kiosk__DeviceKey is Kiosk:DeviceKey. Added last, so it wins over kiosk.env. No folder: nothing added.
    /// </summary>
    public static IConfigurationBuilder AddSystemdCredentials(this IConfigurationBuilder configuration, string? directory) =>
        string.IsNullOrEmpty(directory)
            ? configuration
            : configuration.AddKeyPerFile(Path.GetFullPath(directory), optional: true);
}
