using Kiosk.Hub;
using System.Diagnostics;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Tests.Clinic;

/// <summary>
/// A content file the admin got wrong ends the real hub process with one line that names the file
/// and the problem, and a non-zero exit code: no stack trace to read through, no crash (exit 134).
/// </summary>
public sealed class BadContentFileStartTests
{
    private static readonly string ContentDir = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content"));
    private string _dir = "";

    [SetUp]
    public void MakeDir() => _dir = Directory.CreateTempSubdirectory("bad-content-").FullName;

    [TearDown]
    public void RemoveDir() => Directory.Delete(_dir, recursive: true);

    [TestCase("clinic.json", "{ \"id\": \"x\", ", "is not valid")]
    [TestCase("clinic.json", "{ \"id\": \"x\", \"name\": \"X\", \"timeZone\": \"Mars/Olympus\", \"providers\": [], \"visitTypes\": [] }", "time zone 'Mars/Olympus' is unknown")]
    [TestCase("clinic.json", "{ \"id\": \"x\", \"name\": \"X\", \"timeZone\": \"Europe/London\", \"providers\": [ { \"id\": \"lee\", \"name\": \"Dr Lee\", \"ticketPrefix\": \"A\", \"room\": \"R\" } ], \"visitTypes\": [ { \"id\": \"checkup\", \"name\": \"Check-up\", \"minutes\": 15, \"walkInReasons\": [ \"unwell\", \"bored\" ] } ] }", "names unknown walk-in reason 'bored'")]
    [TestCase("clinic.json", null, "Could not find file")]
    [TestCase("topics.json", "{ \"topics\": [] }", "at least one topic is needed")]
    public async Task A_bad_content_file_ends_the_hub_with_one_line_naming_it_and_a_non_zero_exit(string file, string? text, string problem)
    {
        var bad = Path.Combine(_dir, file);
        if (text is not null) await File.WriteAllTextAsync(bad, text);

        var (exitCode, output, errors) = await RunHubAsync(
            ("Hub__ClinicFile", file == "clinic.json" ? bad : Path.Combine(ContentDir, "clinic.demo.json")),
            ("Hub__CallbackTopicsFile", file == "topics.json" ? bad : Path.Combine(ContentDir, "callback-topics.json")));

        Assert.That(OneLineStop(exitCode, output, errors), Does.Contain(bad).And.Contain(problem));
    }

    [TestCase("Limits__CheckInsPerKiosk__Burst", "0", "CheckInsPerKiosk needs a Burst and a Refill of at least 1")]
    [TestCase("Limits__ConnectionsPerAddress", "-5", "ConnectionsPerAddress must be at least 1")]
    [TestCase("Limits__HelpPerTicket__Every", "soon", "HelpPerTicket:Every")]
    public async Task A_limit_that_would_refuse_everyone_ends_the_hub_with_one_line_saying_which(string setting, string value, string problem)
    {
        var (exitCode, output, errors) = await RunShippedHubWithAsync(setting, value);

        Assert.That(OneLineStop(exitCode, output, errors), Does.StartWith("The Limits section of the hub's settings: ").And.Contain(problem));
    }

    [TestCase("Retention__PatientDataDays", "0", "Retention:PatientDataDays")]
    [TestCase("Retention__PurgeEveryMinutes", "often", "Retention:PurgeEveryMinutes")]
    public async Task A_retention_setting_that_makes_no_sense_ends_the_hub_with_one_line_naming_it(string setting, string value, string named)
    {
        var (exitCode, output, errors) = await RunShippedHubWithAsync(setting, value);

        Assert.That(OneLineStop(exitCode, output, errors), Does.Contain(named));
    }

    /// <summary>The hub stopped, not crashed: a non-zero exit that is not an abort, one line on stderr (returned), no stack trace anywhere.</summary>
    private static string OneLineStop(int exitCode, string output, string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(exitCode, Is.Not.Zero.And.Not.EqualTo(134));
        Assert.That(lines, Has.Length.EqualTo(1), errors);
        Assert.That(output + errors, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
        return lines[0];
    }

    /// <summary>The shipped content files, with one setting of the hub's changed.</summary>
    private Task<(int ExitCode, string Output, string Errors)> RunShippedHubWithAsync(string setting, string value) => RunHubAsync(
        ("Hub__ClinicFile", Path.Combine(ContentDir, "clinic.demo.json")),
        ("Hub__CallbackTopicsFile", Path.Combine(ContentDir, "callback-topics.json")),
        ("Hub__StringsDirectory", Path.Combine(ContentDir, "strings")),
        (setting, value));

    /// <summary>The built hub, as ./kiosk starts it, on a port of its own and with its own data directory.</summary>
    private async Task<(int ExitCode, string Output, string Errors)> RunHubAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        start.ArgumentList.Add(typeof(WaitingRoomHub).Assembly.Location);
        start.Environment["Hub__DataDirectory"] = Path.Combine(_dir, "data");
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var hub = Process.Start(start)!;
        var output = hub.StandardOutput.ReadToEndAsync();
        var errors = hub.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await hub.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            hub.Kill(entireProcessTree: true);
            Assert.Fail("The hub started with a bad content file instead of stopping.");
        }

        return (hub.ExitCode, await output, await errors);
    }
}
