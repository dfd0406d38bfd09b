namespace Kiosk.Hub.Clinic.Setup;

/// <summary>
/// Where <c>./kiosk clinic</c> works: the folder the user typed the command in (a FILE they name is
/// relative to it), the kiosk-content folder (the default clinic file, and the strings whose
/// languages a clinic may offer), and the machine's time zone as the suggested one.
/// </summary>
public sealed record ClinicSetupPaths(string WorkingDirectory, string ContentDirectory, string LocalTimeZone)
{
    /// <summary>Set by the kiosk script, which runs the hub from its own folder.</summary>
    public const string CallerDirectoryVariable = "KIOSK_CALLER_DIR";

    public string DefaultFile => Path.Combine(ContentDirectory, "clinic.json");

    public string StringsDirectory => Path.Combine(ContentDirectory, "strings");

    public string Resolve(string file) => Path.GetFullPath(file, WorkingDirectory);

    /// <summary>An installed hub's content folder (deploy/server/lobby-hub.sh sets it to the release's content/).</summary>
    public const string ContentDirectoryVariable = "KIOSK_CONTENT_DIR";

    /// <summary>As the hub finds its content: kiosk-content two folders above the hub project, where dotnet run starts it, unless installed.</summary>
    public static ClinicSetupPaths FromEnvironment() => new(
        Environment.GetEnvironmentVariable(CallerDirectoryVariable) ?? Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable(ContentDirectoryVariable) is { Length: > 0 } installed
            ? installed
            : Path.GetFullPath("../../kiosk-content", Directory.GetCurrentDirectory()),
        LocalZone());

    private static string LocalZone()
    {
        var local = TimeZoneInfo.Local;
        return local.HasIanaId ? local.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out var iana) ? iana : "Europe/London";
    }
}
