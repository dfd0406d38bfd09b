using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kiosk.Testing;

namespace Kiosk.Deploy.Tests.Server;

/// <summary>
/// A clinic server as deploy/server/ makes one, in a scratch folder instead of /: the published bundle laid
/// out by layout.sh, the clinic's settings in its hub.env, a certificate from certificate.sh, nginx's site
/// from render-nginx.sh, and the hub and nginx running on loopback ports. Only what a test cannot do
/// without root differs: the ports, and nginx's main file (Debian's own, on a real server).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class InstalledServer : IAsyncDisposable
{
    private readonly DirectoryInfo _scratch;
    private RunningProcess? _hub;
    private bool _nginxStarted;

    private InstalledServer(DirectoryInfo scratch) => _scratch = scratch;

    public string Prefix => Path.Combine(_scratch.FullName, "root");

    public string Scratch => _scratch.FullName;

    public int HubPort { get; } = LoopbackPorts.Free();

    public int HttpsPort { get; } = LoopbackPorts.Free();

    public int HttpPort { get; } = LoopbackPorts.Free();

    /// <summary>The server's name. Not 127.0.0.1: the hub rightly sends no HSTS to a loopback address.</summary>
    public const string Name = "lobby.clinic.test";

    /// <summary>What phones and reception use: nginx, by the name on its certificate (clients here map it to 127.0.0.1).</summary>
    public Uri PublicUrl => new($"https://{Name}:{HttpsPort}");

    /// <summary>The same nginx by address (also on the certificate), for a process that cannot map a name.</summary>
    public Uri LoopbackUrl => new($"https://127.0.0.1:{HttpsPort}");

    public string Tls => Path.Combine(Prefix, "etc", "lobby-hub", "tls");

    public string NginxConf => Path.Combine(Scratch, "nginx.conf");

    public RunningProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not been started.");

    public static async Task<InstalledServer> LayOutAsync()
    {
        var server = new InstalledServer(Directory.CreateTempSubdirectory("lobby-server-"));
        await server.PrepareAsync();
        return server;
    }

    private async Task PrepareAsync()
    {
        var bundle = Published.Bundle;
        Succeeded(await Tool.RunAsync(Repo.Full("deploy/server/layout.sh"), [Prefix, bundle, Name], environment: Wrapper), "layout.sh");

        // What the clinic's IT person edits after installing: this server's port and public address, and the
        // demo day switched on so there is a patient to check in.
        var env = Path.Combine(Prefix, "etc", "lobby-hub", "hub.env");
        var lines = (await File.ReadAllLinesAsync(env))
            .Select(l => l.StartsWith("Urls=", StringComparison.Ordinal) ? $"Urls=http://127.0.0.1:{HubPort}"
                : l.StartsWith("Hub__PublicUrl=", StringComparison.Ordinal) ? $"Hub__PublicUrl={PublicUrl.ToString().TrimEnd('/')}"
                : l)
            .Append("Hub__SeedDemoAppointments=true");
        await File.WriteAllLinesAsync(env, lines);

        Succeeded(await Tool.RunAsync(Repo.Full("deploy/server/certificate.sh"), ["local-ca", Name, Tls, "127.0.0.1"]), "certificate.sh");
        var site = Path.Combine(Prefix, "etc", "nginx", "sites-enabled", "lobby-hub.conf");
        Directory.CreateDirectory(Path.GetDirectoryName(site)!);
        Succeeded(await Tool.RunAsync(Repo.Full("deploy/server/render-nginx.sh"),
            [Name, Path.Combine(Tls, "fullchain.pem"), Path.Combine(Tls, "privkey.pem"), site],
            environment: new Dictionary<string, string>
            {
                ["LOBBY_HUB_UPSTREAM"] = $"127.0.0.1:{HubPort}",
                ["LOBBY_HTTPS_LISTEN"] = $"127.0.0.1:{HttpsPort}",
                ["LOBBY_HTTP_LISTEN"] = $"127.0.0.1:{HttpPort}",
            }), "render-nginx.sh");

        // Debian's nginx.conf, cut to what a scratch folder allows: the site file is included as shipped.
        var temp = Path.Combine(Scratch, "nginx-temp");
        Directory.CreateDirectory(temp);
        await File.WriteAllTextAsync(NginxConf, $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{Scratch}}/nginx.pid;
            error_log {{Scratch}}/nginx-error.log warn;
            events { worker_connections 512; }
            http {
                include /etc/nginx/mime.types;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{Path.GetDirectoryName(site)}}/*.conf;
            }
            """);
    }

    /// <summary>What the server's scripts need to work under the scratch folder instead of /.</summary>
    public IReadOnlyDictionary<string, string> Wrapper => new Dictionary<string, string>
    {
        ["LOBBY_PREFIX"] = Prefix,
        ["HUB_USER"] = Environment.UserName,
    };

    /// <summary>The hub's own commands through the server's wrapper (/usr/local/bin/lobby-hub on a server).</summary>
    public Task<ToolResult> LobbyHubAsync(IEnumerable<string> arguments, string? input = null) =>
        Tool.RunAsync(Repo.Full("deploy/server/lobby-hub.sh"), arguments, input: input, environment: Wrapper, timeout: Published.StartWait);

    /// <summary>The hub as its unit starts it: its release folder, its settings file, nothing else.</summary>
    public async Task StartHubAsync()
    {
        var folder = Path.Combine(Prefix, "opt", "lobby-hub", "current", "hub");
        _hub = RunningProcess.StartProgram("hub", folder, Path.Combine(folder, "Kiosk.Hub"), Settings());
        await _hub.NextAsync(l => l.Contains("Application started", StringComparison.Ordinal), Published.StartWait, "it had started");
    }

    public async Task StopHubAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
            _hub = null;
        }
    }

    /// <summary>
    /// nginx as a server starts it: as a daemon. Its starting process ends once the master holds the listening
    /// sockets, so a request after that reaches it; the master is stopped with -s stop.
    /// </summary>
    public async Task StartNginxAsync()
    {
        var nginx = Tool.Require("/usr/sbin/nginx", "nginx");
        Succeeded(await Tool.RunAsync(nginx, ["-t", "-q", "-c", NginxConf]), "nginx -t");
        Succeeded(await Tool.RunAsync(nginx, ["-c", NginxConf]), "nginx");
        _nginxStarted = true;
        using var http = Https();
        using var response = await http.GetAsync(new Uri(LoopbackUrl, "/healthz/live"));
        Assert.That(response.IsSuccessStatusCode, Is.True, $"nginx passed /healthz/live on with {(int)response.StatusCode}. Its error log:\n{await ErrorLogAsync()}");
    }

    public async Task<string> ErrorLogAsync()
    {
        var log = Path.Combine(Scratch, "nginx-error.log");
        return File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
    }

    /// <summary>The hub's settings file, read as systemd reads an EnvironmentFile.</summary>
    public Dictionary<string, string> Settings() => EnvironmentFile.Read(Path.Combine(Prefix, "etc", "lobby-hub", "hub.env"));

    public X509Certificate2 CertificateAuthority => X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(Tls, "ca.pem")));

    /// <summary>The server certificate's public key hash, as Chromium's --ignore-certificate-errors-spki-list takes it: trust this one key only.</summary>
    public string ServerKeyPin()
    {
        using var server = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(Tls, "server.pem")));
        return Convert.ToBase64String(SHA256.HashData(server.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>Checks a server certificate as a device that trusts the clinic's CA would: chain to it, and the right name.</summary>
    public bool TrustedByClinicDevices(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(CertificateAuthority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }

    /// <summary>An HTTPS client that trusts the clinic's CA and nothing else, finds <see cref="Name"/> on 127.0.0.1, and does not follow redirects.</summary>
    public HttpClient Https() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(System.Net.IPAddress.Loopback, context.DnsEndPoint.Port, cancel);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, c, _, e) => TrustedByClinicDevices(c, e) },
    });

    public async ValueTask DisposeAsync()
    {
        await StopHubAsync();
        if (_nginxStarted)
        {
            await Tool.RunAsync("/usr/sbin/nginx", ["-c", NginxConf, "-s", "stop"]);
        }

        _scratch.Delete(recursive: true);
    }

    private static void Succeeded(ToolResult result, string what) => Assert.That(result.ExitCode, Is.Zero, $"{what}: {result}");
}
