using Kiosk.Testing;

namespace Kiosk.Reliability.Tests.Processes;

/// <summary>
/// One node of a clinic group's hub as its own process, on a shared PostgreSQL database and Redis server: it can be
/// killed with kill -9 while the other nodes go on. Kiosks and staff accounts live in the shared database, so it
/// needs none of its own; its data directory holds only what is not shared.
/// </summary>
public sealed class HubNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(90);
    private readonly RunningProcess _running;
    private readonly string _dataDirectory;

    private HubNodeProcess(RunningProcess running, string dataDirectory, Uri url) => (_running, _dataDirectory, Url) = (running, dataDirectory, url);

    public Uri Url { get; }

    /// <summary>Starts the node and returns once it says it started and /healthz/ready answers 200 (its database and Redis both answer).</summary>
    public static async Task<HubNodeProcess> StartAsync(string name, PostgresTestDatabase database, string redis)
    {
        var (folder, assembly) = Built.App("Kiosk.Hub");
        var content = Built.ContentDirectory;
        var url = new Uri($"http://127.0.0.1:{HubServer.FreePort()}");
        var data = Directory.CreateTempSubdirectory($"kiosk-node-{name}-").FullName;
        var running = RunningProcess.Start($"hub node {name}", folder, assembly, new Dictionary<string, string>
        {
            ["Urls"] = url.ToString().TrimEnd('/'),
            ["Hub__DataDirectory"] = data,
            ["Hub__Database"] = "postgres",
            ["ConnectionStrings__Hub"] = database.ConnectionString,
            ["Hub__Redis"] = redis,
            ["Hub__PublicUrl"] = url.ToString().TrimEnd('/'),
            ["Hub__ClinicFile"] = Path.Combine(content, "clinic.demo.json"),
            ["Hub__CallbackTopicsFile"] = Path.Combine(content, "callback-topics.json"),
            ["Hub__StringsDirectory"] = Path.Combine(content, "strings"),
            ["Hub__SeedDemoAppointments"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        var node = new HubNodeProcess(running, data, url);
        await running.NextAsync(l => l.Contains("Application started", StringComparison.Ordinal), StartWait, "that it started");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var ready = await http.GetAsync(new Uri(url, "/healthz/ready"));
        Assert.That(ready.IsSuccessStatusCode, Is.True, $"node {name} started but is not ready: {(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}");
        return node;
    }

    /// <summary>kill -9: the node gets no chance to close its connections or say goodbye.</summary>
    public Task KillAsync() => _running.KillAsync();

    public async ValueTask DisposeAsync()
    {
        await _running.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
