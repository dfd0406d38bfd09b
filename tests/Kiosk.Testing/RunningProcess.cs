using System.Diagnostics;
using System.Threading.Channels;

namespace Kiosk.Testing;

/// <summary>
/// One real process (dotnet + an entry assembly, or a published program) whose output lines the test reads as they come, and
/// which it can kill without warning (SIGKILL: no shutdown code runs, as in a power cut or kill -9).
/// </summary>
public sealed class RunningProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly string _name;

    private RunningProcess(string name, Process process)
    {
        (_name, _process) = (name, process);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }

            Take(e.Data);
        };
        _process.ErrorDataReceived += (_, e) => Take(e.Data is null ? null : "stderr: " + e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Every line so far (a copy), for a failure message.</summary>
    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>A built entry assembly run by dotnet, as ./kiosk demo runs the projects.</summary>
    public static RunningProcess Start(string name, string folder, string assembly, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartProgram(name, folder, "dotnet", environment, [assembly, .. args]);

    /// <summary>A program run as it is installed (a published, self-contained binary), in <paramref name="folder"/>.</summary>
    public static RunningProcess StartProgram(string name, string folder, string program, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new RunningProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start."));
    }

    public Task SendAsync(string line) => _process.StandardInput.WriteLineAsync(line);

    /// <summary>The next line (after those already taken) that matches; fails with what the process said if it does not come in time.</summary>
    public async Task<string> NextAsync(Func<string, bool> match, TimeSpan timeout, string waitingFor)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(cancel.Token);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            var said = string.Join('\n', Seen.TakeLast(30));
            throw new AssertionException($"{_name} did not say {waitingFor} within {timeout.TotalSeconds:0} s (exited: {HasExited}). Its last lines:\n{said}");
        }
    }

    /// <summary>kill -9: the process gets no chance to flush, close or say goodbye.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Take(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_seen)
        {
            _seen.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
