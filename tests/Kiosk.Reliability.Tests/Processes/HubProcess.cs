using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.Data.Sqlite;

namespace Kiosk.Reliability.Tests.Processes;

/// <summary>
/// The real hub process on a loopback port of its own, over one data directory that outlives it: it can
/// be killed with kill -9 and started again on the same port and database, as a clinic's server would
/// come back after a crash. Kiosks are enrolled in the database before the first start, as an admin would.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(90);
    private readonly Dictionary<string, string> _kioskKeys = [];
    private RunningProcess? _running;

    private HubProcess(string dataDirectory, int port) => (DataDirectory, Url) = (dataDirectory, new Uri($"http://127.0.0.1:{port}"));

    public string DataDirectory { get; }

    public Uri Url { get; }

    public int Starts { get; private set; }

    public IReadOnlyDictionary<string, string> KioskKeys => _kioskKeys;

    /// <summary>A data directory with the migrated database and the kiosks enrolled; nothing started yet.</summary>
    public static async Task<HubProcess> PrepareAsync(params string[] kiosks)
    {
        var dir = Directory.CreateTempSubdirectory("kiosk-reliability-hub-").FullName;
        (await HubDatabaseTemplate.GetAsync()).CopyInto(dir);
        var hub = new HubProcess(dir, HubServer.FreePort());
        await using var db = hub.Open();
        foreach (var kiosk in kiosks)
        {
            var key = HubServer.Secret();
            await using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO KioskDevices (Id, KeyHash, EnrolledAt) VALUES ($id, $hash, $at)";
            insert.Parameters.AddWithValue("$id", kiosk);
            insert.Parameters.AddWithValue("$hash", KioskEnrolments.Hash(key));
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            await insert.ExecuteNonQueryAsync();
            hub._kioskKeys[kiosk] = key;
        }

        return hub;
    }

    /// <summary>Starts the hub and returns once it says it has started and is ready (/healthz/ready answers 200).</summary>
    public async Task StartAsync()
    {
        var (folder, assembly) = Built.App("Kiosk.Hub");
        var content = Built.ContentDirectory;
        _running = RunningProcess.Start($"hub (start {++Starts})", folder, assembly, new Dictionary<string, string>
        {
            ["Urls"] = Url.ToString().TrimEnd('/'),
            ["Hub__DataDirectory"] = DataDirectory,
            ["Hub__PublicUrl"] = Url.ToString().TrimEnd('/'),
            ["Hub__ClinicFile"] = Path.Combine(content, "clinic.demo.json"),
            ["Hub__CallbackTopicsFile"] = Path.Combine(content, "callback-topics.json"),
            ["Hub__StringsDirectory"] = Path.Combine(content, "strings"),
            ["Hub__SeedDemoAppointments"] = "true",
            // Ten kiosks sending as fast as they can are this test's point, not an attack.
            ["Limits__CheckInsPerKiosk__Burst"] = "100000",
            ["Limits__CheckInsPerKiosk__Refill"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        // The hub says when it listens (after its migrations); then it must also say it is ready.
        await _running.NextAsync(l => l.Contains("Application started", StringComparison.Ordinal), StartWait, "that it started");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var ready = await http.GetAsync(new Uri(Url, "/healthz/ready"));
        Assert.That(ready.IsSuccessStatusCode, Is.True, $"the hub started but is not ready: {(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}");
    }

    /// <summary>kill -9 the hub: whatever it had not committed is gone, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
            _running = null;
        }
    }

    /// <summary>Each visit's check-in key, the kiosk that made it and when it arrived, in the order the hub created them.</summary>
    public async Task<IReadOnlyList<(Guid Key, string Kiosk, DateTimeOffset Arrived)>> VisitsAsync()
    {
        await using var db = Open();
        await using var read = db.CreateCommand();
        read.CommandText = """
            SELECT v.CheckInKey, e.By, e.At FROM Visits v JOIN VisitEvents e ON e.VisitId = v.Id AND e.Kind = 'Arrived'
            ORDER BY v.rowid
            """;
        var visits = new List<(Guid, string, DateTimeOffset)>();
        await using var rows = await read.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            visits.Add((rows.GetGuid(0), rows.GetString(1), DateTimeOffset.Parse(rows.GetString(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return visits;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, DatabaseSetup.FileName)};Pooling=False");
        db.Open();
        return db;
    }
}
