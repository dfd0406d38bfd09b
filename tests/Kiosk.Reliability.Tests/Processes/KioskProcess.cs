using Kiosk.Testing;
namespace Kiosk.Reliability.Tests.Processes;

/// <summary>
/// The real kiosk process (Kiosk.App) in its drill mode: the same host, hub connection and outbox as the
/// touch screen, with walk-ins typed on standard input instead of tapped. It says what the screen would
/// have told each patient ("told" = checked in while offline, "sent" = the hub's ticket at once) and what
/// its outbox delivers later. Its data folder outlives it, so a killed kiosk can be started again on it.
/// </summary>
public sealed class KioskProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(90);
    private readonly string _hubUrl;
    private readonly string _key;
    private RunningProcess? _running;
    private int _batches;
    private int _batchesDone;
    private bool _online;

    public KioskProcess(string id, Uri hubUrl, string key, string dataFolder)
    {
        (Id, _hubUrl, _key, DataFolder) = (id, hubUrl.ToString().TrimEnd('/'), key, dataFolder);
        Directory.CreateDirectory(dataFolder);
    }

    public string Id { get; }

    public string DataFolder { get; }

    /// <summary>Every key the screen acknowledged, in the order patients were told, across restarts: (key, told offline?).</summary>
    public List<(Guid Key, bool Told)> Acknowledged { get; } = [];

    /// <summary>Keys the hub acknowledged with a ticket at once ("sent").</summary>
    public IEnumerable<Guid> SentKeys => Acknowledged.Where(a => !a.Told).Select(a => a.Key);

    public RunningProcess Running => _running ?? throw new InvalidOperationException($"Kiosk {Id} is not running.");

    public async Task StartAsync()
    {
        var (folder, assembly) = Built.App("Kiosk.App");
        _running = RunningProcess.Start($"kiosk {Id}", folder, assembly, new Dictionary<string, string>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Kiosk__HubUrl"] = _hubUrl,
            ["Kiosk__DeviceKey"] = _key,
            ["Kiosk__Id"] = Id,
            ["Kiosk__DataFolder"] = DataFolder,
            ["Logging__LogLevel__Default"] = "Warning",
        }, "drill");
        await _running.NextAsync(l => l.StartsWith("ready", StringComparison.Ordinal), StartWait, "ready");
    }

    /// <summary>Asks for <paramref name="count"/> walk-ins, one after another as patients would; returns at once.</summary>
    public Task WalkInsAsync(int count)
    {
        _batches++;
        return Running.SendAsync($"walk-ins {count}");
    }

    /// <summary>Reads what the kiosk says until the batch is done, noting each patient it acknowledged.</summary>
    public Task BatchDoneAsync(TimeSpan timeout) => ReadUntilAsync(_ => _batchesDone >= _batches, timeout, "batch-done");

    /// <summary>Reads until the kiosk has acknowledged <paramref name="count"/> more patients (told or sent).</summary>
    public async Task AcknowledgedAsync(int count, TimeSpan timeout)
    {
        var until = Acknowledged.Count + count;
        await ReadUntilAsync(_ => Acknowledged.Count >= until, timeout, $"{count} acknowledgements");
    }

    /// <summary>Reads until the hub has answered this kiosk (a ticket at once, or an outbox delivery): it is connected.</summary>
    public Task HeardFromHubAsync(TimeSpan timeout) =>
        ReadUntilAsync(l => l is { } line && (line.StartsWith("sent ", StringComparison.Ordinal) || line.StartsWith("delivered ", StringComparison.Ordinal)), timeout, "a ticket or a delivery");

    /// <summary>Reads until the kiosk says it is connected to the hub.</summary>
    public Task OnlineAsync(TimeSpan timeout) => ReadUntilAsync(_ => _online, timeout, "link Online");

    /// <summary>Waits until the kiosk says its outbox is empty (everything delivered).</summary>
    public async Task EmptyAsync(TimeSpan timeout)
    {
        await Running.SendAsync("depth?");
        await ReadUntilAsync(l => l == "depth 0", timeout, "depth 0");
    }

    /// <summary>
    /// Every line passes through here, so no acknowledgement or finished batch is missed whatever the test waits for.
    /// <paramref name="done"/> is asked first with null (already done?), then with each line read.
    /// </summary>
    private async Task ReadUntilAsync(Func<string?, bool> done, TimeSpan timeout, string waitingFor)
    {
        if (done(null))
        {
            return;
        }

        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            var line = await Running.NextAsync(_ => true, left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), waitingFor);
            if (line.StartsWith("told ", StringComparison.Ordinal) || line.StartsWith("sent ", StringComparison.Ordinal) || line.StartsWith("refused ", StringComparison.Ordinal))
            {
                Take(line);
            }
            else if (line == "batch-done")
            {
                _batchesDone++;
            }
            else if (line.StartsWith("link ", StringComparison.Ordinal))
            {
                _online = line == "link Online";
            }

            if (done(line))
            {
                return;
            }
        }
    }

    public async Task KillAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
            _running = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private void Take(string line)
    {
        var parts = line.Split(' ');
        if (parts[0] == "refused")
        {
            throw new AssertionException($"Kiosk {Id}'s walk-in was refused: {line}");
        }

        Acknowledged.Add((Guid.Parse(parts[1]), parts[0] == "told"));
    }
}
