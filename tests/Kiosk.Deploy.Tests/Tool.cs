using System.Diagnostics;

namespace Kiosk.Deploy.Tests;

/// <summary>A command-line tool run to its end: its exit code, everything it printed, and its standard output alone.</summary>
public sealed record ToolResult(int ExitCode, string Output, string StandardOutput)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

public static class Tool
{
    /// <summary>Runs <paramref name="file"/>; a tool that is not installed fails the test saying which apt package `./kiosk test` installs.</summary>
    public static async Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout ?? TimeSpan.FromMinutes(2)}.");
        }

        var standardOutput = await output;
        return new ToolResult(process.ExitCode, (standardOutput + await error).Trim(), standardOutput.Trim());
    }

    /// <summary>Fails with the apt package to install when a checking tool is missing.</summary>
    public static string Require(string path, string aptPackage)
    {
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: `./kiosk test` installs it (apt install {aptPackage}).");
        return path;
    }
}
