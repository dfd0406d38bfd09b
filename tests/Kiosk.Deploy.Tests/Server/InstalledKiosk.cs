using Kiosk.Testing;

namespace Kiosk.Deploy.Tests.Server;

/// <summary>
/// A kiosk box as deploy/kiosk-box/ makes one, in a scratch folder: laid out by its layout.sh, enrolled by
/// enrol.sh (the key on standard input), and started as lobby-kiosk.service starts it: its kiosk.env, and
/// the key handed over as a systemd credential. What differs is only what needs a real box: the port, paths
/// under the scratch folder, and the clinic's CA given by SSL_CERT_FILE rather than the system store.
/// </summary>
public sealed class InstalledKiosk : IAsyncDisposable
{
    private InstalledKiosk(string root, int port, RunningProcess process) => (Root, Port, Process) = (root, port, process);

    public string Root { get; }

    public int Port { get; }

    public RunningProcess Process { get; }

    public static async Task<InstalledKiosk> InstallAsync(string root, Uri hub, string key, string caFile)
    {
        var layout = await Tool.RunAsync(Repo.Full("deploy/kiosk-box/layout.sh"), [root, Published.Bundle, hub.ToString().TrimEnd('/'), "lobby"]);
        Assert.That(layout.ExitCode, Is.Zero, $"kiosk-box/layout.sh: {layout}");
        var credentials = Path.Combine(root, "etc", "lobby-kiosk", "credentials");
        var enrol = await Tool.RunAsync(Repo.Full("deploy/kiosk-box/enrol.sh"), [], input: key + "\n", environment: new Dictionary<string, string>
        {
            ["KIOSK_CREDENTIALS_DIR"] = credentials,
            ["SYSTEMCTL"] = "true",
        });
        Assert.That(enrol.ExitCode, Is.Zero, $"kiosk-box/enrol.sh (run as root, as on the box): {enrol}");

        // What LoadCredential= does at start: the key, copied to a folder only the service can read.
        var handedOver = Directory.CreateDirectory(Path.Combine(root, "run", "credentials", "lobby-kiosk.service"));
        File.Copy(Path.Combine(credentials, "device-key"), Path.Combine(handedOver.FullName, "Kiosk__DeviceKey"));

        var port = LoopbackPorts.Free();
        // Its paths are the box's (/opt/…, /var/…); here they are under the scratch root.
        var settings = EnvironmentFile.Read(Path.Combine(root, "etc", "lobby-kiosk", "kiosk.env"))
            .ToDictionary(p => p.Key, p => p.Value.StartsWith('/') ? root + p.Value : p.Value);
        settings["Urls"] = $"http://127.0.0.1:{port}";
        settings["CREDENTIALS_DIRECTORY"] = handedOver.FullName;
        settings["SSL_CERT_FILE"] = caFile;
        var app = Path.Combine(root, "opt", "lobby-kiosk", "app");
        var process = RunningProcess.StartProgram("kiosk", app, Path.Combine(app, "Kiosk.App"), settings);
        await process.NextAsync(l => l.Contains("Application started", StringComparison.Ordinal), Published.StartWait, "it had started");
        return new InstalledKiosk(root, port, process);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
