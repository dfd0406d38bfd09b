using System.Text.RegularExpressions;

namespace Kiosk.Deploy.Tests.Checks;

/// <summary>
/// Every systemd unit in deploy/ passes `systemd-analyze verify` with nothing printed: no unknown key, no
/// missing unit it names, no command that would not run. The product's own programs live under /opt once
/// installed; here they are stand-ins at the same paths under a scratch root, so a typo in a path still fails.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class SystemdUnitTests
{
    private static IEnumerable<string> Units() => Repo.DeployFiles(".service", ".timer", ".path", ".socket");

    [Test]
    public void Deploy_has_units_to_check() => Assert.That(Units(), Is.Not.Empty, "deploy/ should hold systemd units.");

    [TestCaseSource(nameof(Units))]
    public async Task Unit_passes_systemd_analyze_verify(string unit)
    {
        var analyze = Tool.Require("/usr/bin/systemd-analyze", "systemd");
        var scratch = Directory.CreateTempSubdirectory("deploy-units-");
        try
        {
            // All of deploy/'s units side by side, so a timer finds its service and a Wants= its unit.
            var root = Path.Combine(scratch.FullName, "root");
            var units = Path.Combine(scratch.FullName, "units");
            Directory.CreateDirectory(units);
            foreach (var file in Units())
            {
                var text = OwnProgram().Replace(File.ReadAllText(Repo.Full(file)), m => root + m.Value);
                foreach (Match exec in ExecLine().Matches(text))
                {
                    var program = exec.Groups["program"].Value;
                    if (program.StartsWith(root, StringComparison.Ordinal))
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
                        File.WriteAllText(program, "#!/bin/sh\n");
                        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    }
                }

                File.WriteAllText(Path.Combine(units, Path.GetFileName(file)), text);
            }

            var result = await Tool.RunAsync(analyze, ["verify", "--man=no", Path.Combine(units, Path.GetFileName(unit))], workingDirectory: units);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.Zero, result.Output);
                Assert.That(result.Output, Is.Empty, "systemd-analyze verify printed warnings");
            });
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The services that face the network or hold patients' data, and how exposed systemd may judge them (0–10, lower is safer).</summary>
    private static IEnumerable<TestCaseData> Hardened() =>
        Repo.DeployFiles(".service").Where(u => Path.GetFileName(u).StartsWith("lobby-hub", StringComparison.Ordinal)
                || Path.GetFileName(u) == "lobby-kiosk.service")
            .Select(u => new TestCaseData(u, 2.5));

    [TestCaseSource(nameof(Hardened))]
    public async Task Service_is_locked_down_by_systemds_own_measure(string unit, double most)
    {
        var analyze = Tool.Require("/usr/bin/systemd-analyze", "systemd");
        // --threshold is in tenths: the command fails when the unit's exposure is above it.
        var result = await Tool.RunAsync(analyze, ["security", "--offline=true", "--no-pager", $"--threshold={(int)(most * 10)}", Repo.Full(unit)]);
        Assert.That(result.ExitCode, Is.Zero, result.Output.Split('\n').LastOrDefault(l => l.Contains("exposure", StringComparison.Ordinal)) ?? result.Output);
    }

    /// <summary>An absolute path into the product's install folders.</summary>
    [GeneratedRegex(@"(?<![\w/])/opt/lobby-[\w.-]+(/[\w.@-]+)*")]
    private static partial Regex OwnProgram();

    /// <summary>ExecStart=, ExecStartPre=, … with systemd's prefixes (-, +, !, @, :) before the program.</summary>
    [GeneratedRegex(@"^Exec\w*=[-+!@:]*(?<program>\S+)", RegexOptions.Multiline)]
    private static partial Regex ExecLine();
}
