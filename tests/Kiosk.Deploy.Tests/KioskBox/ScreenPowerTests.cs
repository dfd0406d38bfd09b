namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>
/// screen-power.sh with a stand-in wlr-randr on PATH that shows two screens and writes down what it was told, or
/// refuses as Debian 12's cage makes it refuse; and a fake systemctl for the fallback that stops the screen service.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ScreenPowerTests
{
    private DirectoryInfo _scratch = null!;

    private string Calls => Path.Combine(_scratch.FullName, "calls");

    private string OffFlag => Path.Combine(_scratch.FullName, "run", "screen-off");

    private FakeSystemctl _systemctl = null!;

    [SetUp]
    public void MakeFakes()
    {
        _scratch = Directory.CreateTempSubdirectory("kiosk-power-");
        _systemctl = new FakeSystemctl(new Dictionary<string, string>(), new Dictionary<string, TimeSpan>());
        WlrRandr(supportsOutputManagement: true);
    }

    [TearDown]
    public void RemoveScratch()
    {
        _systemctl.Dispose();
        _scratch.Delete(recursive: true);
    }

    [Test]
    public async Task Off_turns_every_screen_of_the_kiosk_session_off_and_tells_the_watchdog()
    {
        var run = await PowerAsync("off");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(File.ReadAllLines(Calls), Is.EqualTo(new[] { "/run/user/0 wayland-0 ", "/run/user/0 wayland-0 --output HDMI-A-1 --off", "/run/user/0 wayland-0 --output DP-1 --off" }));
            Assert.That(File.Exists(OffFlag), Is.True, "the watchdog leaves a dark screen alone");
            Assert.That(_systemctl.Changes, Is.Empty, "the browser keeps running on the dark screen");
        });
    }

    [Test]
    public async Task On_turns_them_on_and_the_watchdog_watches_again()
    {
        await PowerAsync("off");
        File.Delete(Calls);

        var run = await PowerAsync("on");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(File.ReadAllLines(Calls), Does.Contain("/run/user/0 wayland-0 --output HDMI-A-1 --on").And.Contain("/run/user/0 wayland-0 --output DP-1 --on"));
            Assert.That(File.Exists(OffFlag), Is.False);
        });
    }

    [Test]
    public async Task With_a_cage_that_cannot_switch_outputs_off_stops_the_screen_service_and_on_starts_it()
    {
        WlrRandr(supportsOutputManagement: false);

        var off = await PowerAsync("off");
        var changesAtNight = _systemctl.Changes;
        var flagAtNight = File.Exists(OffFlag);
        var on = await PowerAsync("on");

        Assert.Multiple(() =>
        {
            Assert.That(off.ExitCode, Is.Zero, off.ToString());
            Assert.That(changesAtNight, Is.EqualTo(new[] { "stop lobby-kiosk-screen.service" }));
            Assert.That(flagAtNight, Is.True, "the watchdog leaves a stopped screen alone");
            Assert.That(off.Output, Does.Contain("cannot switch outputs"));
            Assert.That(on.ExitCode, Is.Zero, on.ToString());
            Assert.That(_systemctl.Changes, Is.EqualTo(new[] { "stop lobby-kiosk-screen.service", "start lobby-kiosk-screen.service" }));
            Assert.That(File.Exists(OffFlag), Is.False);
        });
    }

    [Test]
    public async Task Anything_but_on_or_off_is_refused()
    {
        var run = await PowerAsync("dim");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(File.Exists(Calls), Is.False);
        });
    }

    // As the session's own user (here the test's), so no runuser is needed to reach its Wayland socket.
    private Task<ToolResult> PowerAsync(string what) =>
        Tool.RunAsync("/bin/bash", [Repo.Full("deploy/kiosk-box/screen-power.sh"), what], environment: new Dictionary<string, string>
        {
            ["PATH"] = $"{_scratch.FullName}:{Environment.GetEnvironmentVariable("PATH")}",
            ["KIOSK_USER"] = Environment.UserName,
            ["SCREEN_OFF_FLAG"] = OffFlag,
            ["SYSTEMCTL"] = _systemctl.Program,
            ["KIOSK_TTY"] = Path.Combine(_scratch.FullName, "tty1"),
        });

    private void WlrRandr(bool supportsOutputManagement)
    {
        var randr = Path.Combine(_scratch.FullName, "wlr-randr");
        File.WriteAllText(randr, supportsOutputManagement
            ? $$"""
                #!/bin/bash
                echo "$XDG_RUNTIME_DIR $WAYLAND_DISPLAY $*" >> '{{Calls}}'
                if [[ $# -eq 0 ]]; then
                    printf '%s\n' 'HDMI-A-1 "Dell P2418HT"' '  Enabled: yes' 'DP-1 "Touch panel"' '  Enabled: yes'
                fi
                """.ReplaceLineEndings("\n")
            : """
                #!/bin/bash
                echo "compositor doesn't support wlr-output-management-unstable-v1" >&2
                exit 1
                """.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(randr, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
