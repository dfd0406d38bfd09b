namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>
/// screen-watchdog.sh against a stand-in kiosk app and a fake systemctl on PATH: it restarts the app that does
/// not answer, the browser whose page went quiet past its grace, and nothing else; and says why in one line.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class WatchdogTests
{
    private const string App = "lobby-kiosk.service";
    private const string Screen = "lobby-kiosk-screen.service";
    private const string Quiet = "no kiosk page has said it is alive for 47 s";
    private static readonly string Script = Repo.Full("deploy/kiosk-box/screen-watchdog.sh");
    private string _offFlag = null!;

    [SetUp]
    public void NoScreenOffFlag() => _offFlag = Path.Combine(Path.GetTempPath(), $"screen-off-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveScreenOffFlag() => File.Delete(_offFlag);

    [Test]
    public async Task A_kiosk_app_that_does_not_answer_at_all_is_restarted()
    {
        using var systemctl = Systemctl(appState: "active");

        var run = await RunAsync(FakeKioskApp.NobodyHome(), systemctl);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.EqualTo(new[] { $"restart {App}" }));
            Assert.That(run.Output, Does.Contain($"restarting {App}").And.Contain("does not answer"));
        });
    }

    [Test]
    public async Task A_kiosk_app_still_starting_is_left_to_systemd()
    {
        using var systemctl = Systemctl(appState: "activating");

        var run = await RunAsync(FakeKioskApp.NobodyHome(), systemctl);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.Empty);
            Assert.That(run.Output, Does.Contain("activating"));
        });
    }

    [Test]
    public async Task A_quiet_page_past_the_grace_period_restarts_the_screen_and_says_why()
    {
        await using var app = new FakeKioskApp(503, Quiet);
        using var systemctl = Systemctl(screenUpFor: TimeSpan.FromSeconds(300));

        var run = await RunAsync(app.Url, systemctl);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.EqualTo(new[] { $"restart {Screen}" }));
            Assert.That(run.Output.Split('\n'), Has.Length.EqualTo(1));
            Assert.That(run.Output, Does.Contain($"restarting {Screen}").And.Contain(Quiet));
        });
    }

    [Test]
    public async Task A_quiet_page_within_the_grace_period_is_given_time()
    {
        await using var app = new FakeKioskApp(503, "no kiosk page since the kiosk started");
        using var systemctl = Systemctl(screenUpFor: TimeSpan.FromSeconds(20));

        var run = await RunAsync(app.Url, systemctl, grace: 90);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.Empty);
            Assert.That(run.Output, Does.Contain("within its 90 s grace"));
        });
    }

    [Test]
    public async Task The_grace_period_is_a_setting()
    {
        await using var app = new FakeKioskApp(503, Quiet);
        using var systemctl = Systemctl(screenUpFor: TimeSpan.FromSeconds(20));

        await RunAsync(app.Url, systemctl, grace: 10);

        Assert.That(systemctl.Changes, Is.EqualTo(new[] { $"restart {Screen}" }));
    }

    [Test]
    public async Task A_live_page_changes_nothing_and_says_nothing()
    {
        await using var app = new FakeKioskApp(200, """{"lastSeenSecondsAgo":3}""");
        using var systemctl = Systemctl(screenUpFor: TimeSpan.FromSeconds(300));

        var run = await RunAsync(app.Url, systemctl);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.Empty);
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public async Task A_screen_turned_off_for_the_night_is_left_dark()
    {
        await using var app = new FakeKioskApp(503, Quiet);
        using var systemctl = Systemctl(screenUpFor: TimeSpan.FromSeconds(300));
        await File.WriteAllTextAsync(_offFlag, "");

        await RunAsync(app.Url, systemctl);

        Assert.That(systemctl.Changes, Is.Empty);
    }

    [Test]
    public async Task A_screen_service_that_is_not_running_is_left_to_systemd()
    {
        await using var app = new FakeKioskApp(503, Quiet);
        using var systemctl = Systemctl(screenState: "failed");

        var run = await RunAsync(app.Url, systemctl);

        Assert.Multiple(() =>
        {
            Assert.That(systemctl.Changes, Is.Empty);
            Assert.That(run.Output, Does.Contain("failed"));
        });
    }

    private static FakeSystemctl Systemctl(string appState = "active", string screenState = "active", TimeSpan? screenUpFor = null) =>
        new(new Dictionary<string, string> { [App] = appState, [Screen] = screenState },
            new Dictionary<string, TimeSpan> { [Screen] = screenUpFor ?? TimeSpan.FromSeconds(300) });

    private async Task<ToolResult> RunAsync(string kioskUrl, FakeSystemctl systemctl, int grace = 90)
    {
        var run = await Tool.RunAsync("/bin/bash", [Script], environment: new Dictionary<string, string>
        {
            ["PATH"] = $"{systemctl.Folder}:{Environment.GetEnvironmentVariable("PATH")}",
            ["KIOSK_URL"] = kioskUrl,
            ["SCREEN_GRACE_SECONDS"] = grace.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SCREEN_OFF_FLAG"] = _offFlag,
        });
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run;
    }
}
