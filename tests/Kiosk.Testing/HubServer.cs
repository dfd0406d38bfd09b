using Kiosk.Hub;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Staff;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.Testing;

/// <summary>
/// The real hub on a real loopback port (Kestrel), with its own SQLite file (or PostgreSQL database) and demo clinic.
/// Pass the data directory of an earlier server to start "the same hub again" after a restart.
/// </summary>
public sealed class HubServer : WebApplicationFactory<WaitingRoomHub>
{
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;
    private readonly PostgresTestDatabase? _postgres;
    private readonly bool _ownsPostgres;
    private CookieContainer? _staffCookies;

    /// <summary>
    /// A fresh hub starts from its own copy of <see cref="HubDatabaseTemplate"/> (migrated, with the
    /// reception account "desk") and enrols kiosk "lobby", as an admin would with ./kiosk admin; a
    /// restarted one (same data directory) is given the same secrets.
    /// With <paramref name="time"/>, the hub runs on a clock the test moves (kiosk silence, timers).
    /// With <paramref name="certificate"/>, it listens on two loopback ports, plain HTTP and HTTPS (see <see cref="Addresses"/>).
    /// <paramref name="settings"/> are configuration a clinic would put in appsettings (e.g. "Hub:TrustedProxies:0", a lower limit);
    /// <paramref name="logs"/> also receives the hub's log; <paramref name="services"/> adds to the hub's services (a database interceptor, say).
    /// With <paramref name="postgres"/>, the hub keeps its data there (Hub:Database=postgres) instead of its SQLite file: fresh, the hub
    /// migrates it as it starts and the reception account is made then; the data directory still holds everything else.
    /// </summary>
    public HubServer(string? dataDirectory = null, string? kioskKey = null, string? staffPasscode = null, int port = 0, TimeProvider? time = null,
        X509Certificate2? certificate = null, IReadOnlyDictionary<string, string>? settings = null, ILoggerProvider? logs = null,
        Action<IServiceCollection>? services = null, PostgresTestDatabase? postgres = null)
    {
        (_time, _settings, _logs, _services) = (time, settings, logs, services);
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "kiosk-hub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        if (postgres is null && Environment.GetEnvironmentVariable(DatabaseVariable) == HubDatabases.Postgres)
        {
            postgres = Task.Run(OwnPostgresAsync).GetAwaiter().GetResult();
            _ownsPostgres = true;
        }

        _postgres = postgres;
        var fresh = postgres is null && !File.Exists(Path.Combine(DataDirectory, DatabaseSetup.FileName));
        var template = fresh ? Task.Run(HubDatabaseTemplate.GetAsync).GetAwaiter().GetResult() : null;
        template?.CopyInto(DataDirectory);
        if (certificate is null)
        {
            UseKestrel(port);
        }
        else
        {
            UseKestrel(o =>
            {
                o.Listen(IPAddress.Loopback, 0);
                o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate));
            });
        }

        StartServer();
        KioskKey = kioskKey is null
            ? Task.Run(() => Enrolled("lobby")).GetAwaiter().GetResult()
            : Task.Run(() => EnsureEnrolledAsync("lobby", kioskKey)).GetAwaiter().GetResult();
        StaffPasscode = staffPasscode ?? template?.StaffPasscode ?? Task.Run(() => CreateStaffAsync(StaffUser, Roles.Reception)).GetAwaiter().GetResult();
    }

    public const string StaffUser = "desk";

    /// <summary>
    /// Set to "postgres", every hub not given a database keeps its data on the run's PostgreSQL server instead of its
    /// SQLite file (a database of its own, named in the data directory so that a restarted hub finds it again, dropped
    /// by <see cref="DeleteData"/>): any hub test can be run on PostgreSQL. Tests that open hub.db themselves cannot.
    /// </summary>
    public const string DatabaseVariable = "KIOSK_TEST_HUB_DATABASE";

    private const string PostgresMarker = "postgres-database.txt";

    private async Task<PostgresTestDatabase> OwnPostgresAsync()
    {
        var marker = Path.Combine(DataDirectory, PostgresMarker);
        if (File.Exists(marker))
        {
            return PostgresTestDatabase.Existing(await File.ReadAllTextAsync(marker));
        }

        var database = await PostgresTestDatabase.CreateAsync();
        await File.WriteAllTextAsync(marker, database.Name);
        return database;
    }

    public string DataDirectory { get; }
    public string KioskKey { get; }

    /// <summary>The password of the reception account <see cref="StaffUser"/>.</summary>
    public string StaffPasscode { get; }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Every address Kestrel listens on, such as http://127.0.0.1:41234 and https://127.0.0.1:41235.</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];

    /// <summary>Enrols a kiosk as an admin would and returns its key.</summary>
    public async Task<string> Enrolled(string kioskId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KioskEnrolments>().EnrolAsync(kioskId);
    }

    /// <summary>A key chosen by the test (a kiosk configured before its hub existed), enrolled unless this data directory already has it.</summary>
    private async Task<string> EnsureEnrolledAsync(string kioskId, string key)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var hash = KioskEnrolments.Hash(key);
        if (!db.KioskDevices.Any(d => d.KeyHash == hash))
        {
            db.KioskDevices.Add(new KioskDevice { Id = kioskId, KeyHash = hash, EnrolledAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        return key;
    }

    /// <summary>Runs `./kiosk admin ARGS` against this hub's database, with <paramref name="input"/> on standard input; its exit code and everything it wrote.</summary>
    public async Task<(int Exit, string Output)> AdminAsync(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var output = new StringWriter();
        var exit = await Kiosk.Hub.Admin.AdminCommand.RunAsync(Services, args, stdin, output, output, interactive: false);
        return (exit, output.ToString());
    }

    /// <summary>Runs `./kiosk export ARGS` against this hub's database, as the OS user "it-admin"; its exit code and everything it wrote.</summary>
    public async Task<(int Exit, string Output)> ExportAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await Kiosk.Hub.Exports.ExportCommand.RunAsync(Services, args, output, output, "it-admin (command line)");
        return (exit, output.ToString());
    }

    /// <summary>Creates a staff account as an admin would and returns its password.</summary>
    public async Task<string> CreateStaffAsync(string userName, string role)
    {
        var password = Secret();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(userName, password, role);
        return password;
    }

    /// <summary>
    /// Signs in the way a browser does: fetch the form, post it back with its antiforgery token.
    /// With <paramref name="from"/> (such as 127.0.0.2), the client's socket is bound to that loopback address.
    /// </summary>
    public async Task<(HttpStatusCode Status, string Body, CookieContainer Cookies)> SignInAsync(string userName, string password, IPAddress? from = null)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        if (from is not null)
        {
            handler.ConnectCallback = (context, ct) => ConnectFromAsync(from, context.DnsEndPoint.Port, ct);
        }

        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        var (status, body) = await SignInWithAsync(http, userName, password);
        return (status, body, cookies);
    }

    /// <summary>The sign-in form, fetched and posted back by <paramref name="http"/> (which keeps its cookies).</summary>
    public static async Task<(HttpStatusCode Status, string Body)> SignInWithAsync(HttpClient http, string userName, string password)
    {
        var page = await http.GetStringAsync(new Uri("/staff/sign-in", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["_handler"] = "staff-sign-in",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync(new Uri("/staff/sign-in", UriKind.Relative), form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A real socket from <paramref name="from"/> to the hub's loopback port: the hub sees that client address.</summary>
    public static async ValueTask<Stream> ConnectFromAsync(IPAddress from, int port, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>An HTTP client signed in as the reception account.</summary>
    public async Task<HttpClient> StaffClientAsync() =>
        new(new HttpClientHandler { CookieContainer = await StaffCookiesAsync(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A loopback port nobody listens on right now, for a hub that should appear later.</summary>
    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task<HubConnection> ConnectAsync(string? accessKey, CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, HubRoutes.WaitingRoom), o =>
            {
                if (accessKey is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(accessKey);
                }

                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public Task<HubConnection> KioskAsync() => ConnectAsync(KioskKey);

    /// <summary>A reception desk: signed in with the staff cookie, as the dashboard is.</summary>
    public async Task<HubConnection> ReceptionAsync() => await ConnectAsync(null, await StaffCookiesAsync());

    /// <summary>A second receptionist ("desk-2"), for two people acting on the same thing at once.</summary>
    public async Task<HubConnection> SecondReceptionAsync()
    {
        var password = await CreateStaffAsync("desk-2", Roles.Reception);
        var (status, _, cookies) = await SignInAsync("desk-2", password);
        return status == HttpStatusCode.Redirect ? await ConnectAsync(null, cookies) : throw new InvalidOperationException($"Staff sign-in answered {status}.");
    }

    public Task<HubConnection> AnonymousAsync() => ConnectAsync(null);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        builder.UseSetting("Hub:SeedDemoAppointments", "true");
        if (_postgres is not null)
        {
            builder.UseSetting("Hub:Database", "postgres");
            builder.UseSetting("ConnectionStrings:Hub", _postgres.ConnectionString);
        }

        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (_logs is not null)
        {
            builder.ConfigureLogging(l => l.AddProvider(_logs));
        }

        if (_time is not null)
        {
            // The hub's clock only: a test moves it to see what happens after waiting.
            builder.ConfigureTestServices(s => s.AddSingleton(_time));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    private async Task<CookieContainer> StaffCookiesAsync()
    {
        if (_staffCookies is null)
        {
            var (status, _, cookies) = await SignInAsync(StaffUser, StaffPasscode);
            _staffCookies = status == HttpStatusCode.Redirect ? cookies : throw new InvalidOperationException($"Staff sign-in answered {status}.");
        }

        return _staffCookies;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Rows in one of the hub's tables, read straight from its SQLite file or PostgreSQL database.</summary>
    public long CountRows(string table)
    {
        if (_postgres is not null)
        {
            using var postgres = new Npgsql.NpgsqlConnection(_postgres.ConnectionString);
            postgres.Open();
            using var count = postgres.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return (long)count.ExecuteScalar()!;
        }

        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDirectory, DatabaseSetup.FileName)};Mode=ReadOnly");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Deletes the data directory; call once no server uses it any more.</summary>
    public void DeleteData()
    {
        if (_ownsPostgres)
        {
            Task.Run(() => _postgres!.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
