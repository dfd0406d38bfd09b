using System.Security.Cryptography;
using Kiosk.Contracts;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace Kiosk.Testing;

/// <summary>
/// The real hub on a real loopback port (Kestrel), with its own SQLite file and demo clinic.
/// Pass the data directory of an earlier server to start "the same hub again" after a restart.
/// </summary>
public sealed class HubServer : WebApplicationFactory<WaitingRoomHub>
{
    public HubServer(string? dataDirectory = null, string? kioskKey = null, string? staffPasscode = null, int port = 0)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "kiosk-hub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        KioskKey = kioskKey ?? Secret();
        StaffPasscode = staffPasscode ?? Secret();
        SecondStaffPasscode = Secret();
        UseKestrel(port);
        StartServer();
    }

    public string DataDirectory { get; }
    public string KioskKey { get; }
    public string StaffPasscode { get; }

    /// <summary>A second receptionist ("desk-2"), for two people acting on the same thing at once.</summary>
    public string SecondStaffPasscode { get; }
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A loopback port nobody listens on right now, for a hub that should appear later.</summary>
    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task<HubConnection> ConnectAsync(string? accessKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, HubRoutes.WaitingRoom), o =>
            {
                if (accessKey is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(accessKey);
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public Task<HubConnection> KioskAsync() => ConnectAsync(KioskKey);

    public Task<HubConnection> ReceptionAsync() => ConnectAsync(StaffPasscode);

    public Task<HubConnection> SecondReceptionAsync() => ConnectAsync(SecondStaffPasscode);

    public Task<HubConnection> AnonymousAsync() => ConnectAsync(null);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        builder.UseSetting("Hub:SeedDemoAppointments", "true");
        builder.UseSetting("Access:Kiosks:lobby", KioskKey);
        builder.UseSetting("Access:Staff:desk", StaffPasscode);
        builder.UseSetting("Access:Staff:desk-2", SecondStaffPasscode);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Rows in one of the hub's tables, read straight from its SQLite file.</summary>
    public long CountRows(string table)
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDirectory, "hub.db")};Mode=ReadOnly");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Deletes the data directory; call once no server uses it any more.</summary>
    public void DeleteData()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
