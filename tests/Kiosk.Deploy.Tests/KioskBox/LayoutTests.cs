namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>
/// layout.sh (what install.sh runs into "/") run into a scratch root with a small published bundle: the files land
/// where the units expect them, with the modes they need, and a second run keeps the clinic's settings and key.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LayoutTests
{
    private static readonly string Layout = Repo.Full("deploy/kiosk-box/layout.sh");
    private DirectoryInfo _scratch = null!;

    private string Root => Path.Combine(_scratch.FullName, "root");

    private string Bundle => Path.Combine(_scratch.FullName, "bundle");

    [SetUp]
    public void MakeBundle()
    {
        _scratch = Directory.CreateTempSubdirectory("kiosk-layout-");
        Directory.CreateDirectory(Path.Combine(Bundle, "kiosk"));
        Directory.CreateDirectory(Path.Combine(Bundle, "content", "strings"));
        File.WriteAllText(Path.Combine(Bundle, "kiosk", "Kiosk.App"), "the kiosk");
        File.WriteAllText(Path.Combine(Bundle, "kiosk", "appsettings.json"), "{}");
        File.WriteAllText(Path.Combine(Bundle, "content", "strings", "kiosk.en.json"), "{}");
        File.WriteAllText(Path.Combine(Bundle, "content", "playlist.json"), "{}");
    }

    [TearDown]
    public void RemoveScratch() => _scratch.Delete(recursive: true);

    [Test]
    public async Task The_app_content_scripts_units_and_settings_land_where_the_units_look_for_them()
    {
        await LayOutAsync("https://hub.riverside.example", "lobby-2");

        Assert.Multiple(() =>
        {
            Assert.That(Mode("opt/lobby-kiosk/app/Kiosk.App"), Is.EqualTo("755"));
            Assert.That(Mode("opt/lobby-kiosk/app/appsettings.json"), Is.EqualTo("644"));
            Assert.That(File.Exists(At("opt/lobby-kiosk/content/strings/kiosk.en.json")), Is.True, "content/strings");
            Assert.That(File.Exists(At("opt/lobby-kiosk/content/playlist.json")), Is.True, "content/playlist.json");
            foreach (var script in new[] { "kiosk-screen.sh", "screen-watchdog.sh", "screen-power.sh", "enrol.sh" })
            {
                Assert.That(Mode($"opt/lobby-kiosk/bin/{script}"), Is.EqualTo("755"), script);
            }

            foreach (var unit in Directory.EnumerateFiles(Repo.Full("deploy/kiosk-box"), "lobby-kiosk*").Select(Path.GetFileName))
            {
                Assert.That(Mode($"etc/systemd/system/{unit}"), Is.EqualTo("644"), unit);
            }

            Assert.That(File.ReadAllLines(At("etc/lobby-kiosk/kiosk.env")),
                Does.Contain("Kiosk__HubUrl=https://hub.riverside.example").And.Contain("Kiosk__Id=lobby-2").And.Contain("Kiosk__HideCursor=true"));
            Assert.That(Mode("etc/lobby-kiosk/credentials"), Is.EqualTo("700"));
            Assert.That(Mode("etc/lobby-kiosk/credentials/device-key"), Is.EqualTo("400"));
        });
    }

    [Test]
    public async Task Every_path_the_kiosk_env_names_under_opt_is_laid_out()
    {
        await LayOutAsync();
        var paths = File.ReadAllLines(At("etc/lobby-kiosk/kiosk.env"))
            .Select(l => l.Split('=', 2)).Where(p => p is [_, var v] && v.StartsWith("/opt/", StringComparison.Ordinal)).Select(p => p[1]).ToList();

        Assert.That(paths, Is.Not.Empty);
        // MediaFolder may be absent from a bundle without videos: the kiosk checks for it.
        Assert.That(paths.Where(p => !p.EndsWith("/media", StringComparison.Ordinal)).Where(p => !Path.Exists(At(p.TrimStart('/')))), Is.Empty);
    }

    [Test]
    public async Task Running_it_again_replaces_the_app_but_keeps_the_settings_and_the_key()
    {
        await LayOutAsync("https://first.example", "lobby");
        File.AppendAllText(At("etc/lobby-kiosk/kiosk.env"), "SCREEN_ON_AT=08:15\n");
        File.SetUnixFileMode(At("etc/lobby-kiosk/credentials/device-key"), UnixFileMode.UserWrite);
        File.WriteAllText(At("etc/lobby-kiosk/credentials/device-key"), "the-real-key");
        File.SetUnixFileMode(At("etc/lobby-kiosk/credentials/device-key"), UnixFileMode.UserRead);
        File.WriteAllText(Path.Combine(Bundle, "kiosk", "Kiosk.App"), "the kiosk, version 2");
        File.Delete(Path.Combine(Bundle, "kiosk", "appsettings.json"));

        var second = await LayOutAsync("https://second.example", "other");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(At("opt/lobby-kiosk/app/Kiosk.App")), Is.EqualTo("the kiosk, version 2"));
            Assert.That(File.Exists(At("opt/lobby-kiosk/app/appsettings.json")), Is.False, "a file the new bundle dropped stays gone");
            Assert.That(File.ReadAllText(At("etc/lobby-kiosk/kiosk.env")), Does.Contain("https://first.example").And.Not.Contain("second.example"));
            Assert.That(File.ReadAllText(At("etc/lobby-kiosk/credentials/device-key")), Is.EqualTo("the-real-key"));
            Assert.That(second.Output, Does.Contain("Kept"));
            Assert.That(File.ReadAllText(At("etc/systemd/system/lobby-kiosk-screen-on.timer.d/opening-hours.conf")), Does.Contain("OnCalendar=Mon..Fri 08:15"));
        });
    }

    [Test]
    public async Task The_opening_hours_become_the_screen_timers_times()
    {
        await LayOutAsync();
        var env = File.ReadAllText(At("etc/lobby-kiosk/kiosk.env"))
            .Replace("OPENING_DAYS=Mon..Fri", "OPENING_DAYS=Mon..Sat", StringComparison.Ordinal)
            .Replace("SCREEN_OFF_AT=19:00", "SCREEN_OFF_AT=18:30", StringComparison.Ordinal);
        File.WriteAllText(At("etc/lobby-kiosk/kiosk.env"), env);

        var run = await Tool.RunAsync("/bin/bash", [Repo.Full("deploy/kiosk-box/opening-hours.sh"), Root]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(File.ReadAllLines(At("etc/systemd/system/lobby-kiosk-screen-on.timer.d/opening-hours.conf")),
                Is.SupersetOf(new[] { "[Timer]", "OnCalendar=", "OnCalendar=Mon..Sat 07:00" }));
            Assert.That(File.ReadAllLines(At("etc/systemd/system/lobby-kiosk-screen-off.timer.d/opening-hours.conf")),
                Is.SupersetOf(new[] { "[Timer]", "OnCalendar=", "OnCalendar=Mon..Sat 18:30" }));
        });
    }

    [TestCase("SCREEN_OFF_AT=7pm", "not a time of day")]
    [TestCase("OPENING_DAYS=weekdays", "not a list of days")]
    public async Task Opening_hours_systemd_would_not_understand_are_refused_in_plain_words(string line, string message)
    {
        await LayOutAsync();
        File.AppendAllText(At("etc/lobby-kiosk/kiosk.env"), line + "\n");

        var run = await Tool.RunAsync("/bin/bash", [Repo.Full("deploy/kiosk-box/opening-hours.sh"), Root]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain(message));
        });
    }

    [Test]
    public async Task A_folder_that_is_not_a_published_bundle_is_refused_before_anything_is_touched()
    {
        var run = await Tool.RunAsync("/bin/bash", [Layout, Root, _scratch.FullName]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain("./kiosk publish"));
            Assert.That(Directory.Exists(Root), Is.False);
        });
    }

    private async Task<ToolResult> LayOutAsync(string hub = "https://hub.example", string id = "lobby")
    {
        var run = await Tool.RunAsync("/bin/bash", [Layout, Root, Bundle, hub, id]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run;
    }

    private string At(string relative) => Path.Combine(Root, relative);

    private string Mode(string relative) =>
        Convert.ToString((int)File.GetUnixFileMode(At(relative)) & 0b111_111_111, 8);
}
