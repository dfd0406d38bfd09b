using System.Diagnostics;
using System.Globalization;

namespace Kiosk.Bench.Hub;

/// <summary>
/// A server process the fan-out benchmark starts and measures from outside, as an operator would see it: the product hub
/// (its Release build, from its own folder) or the bare hub (this program, "bare-hub"). Its CPU time and resident memory
/// come from /proc; its output goes to a log file beside the benchmark's data.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private NodeProcess(Process process, StreamWriter log, Uri url) => (_process, _log, Url) = (process, log, url);

    public Uri Url { get; }

    /// <summary>Milliseconds from starting the process to its first 200 from <c>/healthz</c>.</summary>
    public double StartMs { get; private set; }

    /// <summary>The product hub's build (<see cref="HubBuild"/>), run as ./kiosk runs it: from its project folder, so its appsettings and wwwroot are its own.</summary>
    public static Task<NodeProcess> StartHubAsync(string name, int port, IReadOnlyDictionary<string, string> environment, string logFile, TimeSpan wait)
    {
        return StartAsync(name, HubBuild.ProjectFolder, [HubBuild.Assembly], port, environment, logFile, wait);
    }

    /// <summary>This program again, as the bare hub.</summary>
    public static Task<NodeProcess> StartBareAsync(string name, int port, string? redis, string logFile, TimeSpan wait)
    {
        var self = typeof(NodeProcess).Assembly.Location;
        string[] args = redis is null ? [self, "bare-hub"] : [self, "bare-hub", "--redis", redis];
        return StartAsync(name, Path.GetDirectoryName(self)!, args, port, new Dictionary<string, string>(), logFile, wait);
    }

    /// <summary>Runs `dotnet Kiosk.Hub.dll admin ARGS` (or any one-off job) with the hub's settings; its standard output.</summary>
    public static async Task<string> RunHubJobAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        var start = Start(HubBuild.ProjectFolder, [HubBuild.Assembly, .. args], environment);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"hub {string.Join(' ', args)} exited {process.ExitCode}: {await error}{await output}");
    }

    private static async Task<NodeProcess> StartAsync(string name, string folder, string[] args, int port, IReadOnlyDictionary<string, string> environment,
        string logFile, TimeSpan wait)
    {
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = Start(folder, args, new Dictionary<string, string>(environment) { ["Urls"] = url.ToString().TrimEnd('/') });
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new NodeProcess(process, log, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var health = await http.GetAsync(new Uri(url, "/healthz"));
                if (health.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited || clock.Elapsed > wait)
            {
                await node.DisposeAsync();
                throw new TimeoutException($"{name} did not answer /healthz within {wait.TotalSeconds:0} s (exited: {process.HasExited}); its log is {logFile}. "
                    + "On a busy machine give it longer: KIOSK_START_WAIT=300.");
            }

            await Task.Delay(10);
        }

        node.StartMs = clock.Elapsed.TotalMilliseconds;
        return node;
    }

    private static ProcessStartInfo Start(string folder, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The process is being stopped; its last words are not needed.
            }
        }
    }

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public long RssBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>CPU time the process has used so far, every thread (user and system).</summary>
    public TimeSpan Cpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
