namespace Kiosk.Deploy.Tests.KioskBox;

/// <summary>enrol.sh: the key comes on standard input only, is stored root-only without a stray newline, and the kiosk restarts.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EnrolTests
{
    private static readonly string Enrol = Repo.Full("deploy/kiosk-box/enrol.sh");
    private DirectoryInfo _scratch = null!;

    private string Credentials => Path.Combine(_scratch.FullName, "credentials");

    private string KeyFile => Path.Combine(Credentials, "device-key");

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("kiosk-enrol-");

    [TearDown]
    public void RemoveScratch() => _scratch.Delete(recursive: true);

    [Test]
    public async Task The_key_piped_in_is_stored_root_only_and_the_kiosk_restarts()
    {
        using var systemctl = new FakeSystemctl(new Dictionary<string, string>(), new Dictionary<string, TimeSpan>());

        var run = await EnrolAsync(systemctl, [], "  k1-secret-key-from-the-server  \n");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(File.ReadAllText(KeyFile), Is.EqualTo("k1-secret-key-from-the-server"));
            Assert.That(File.GetUnixFileMode(KeyFile), Is.EqualTo(UnixFileMode.UserRead));
            Assert.That(File.GetUnixFileMode(Credentials), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(systemctl.Changes, Is.EqualTo(new[] { "restart lobby-kiosk.service" }));
            Assert.That(run.Output, Does.Not.Contain("k1-secret"), "the key is never echoed");
        });
    }

    [Test]
    public async Task A_key_given_as_an_argument_is_refused_and_nothing_changes()
    {
        using var systemctl = new FakeSystemctl(new Dictionary<string, string>(), new Dictionary<string, TimeSpan>());

        var run = await EnrolAsync(systemctl, ["k1-secret"], "");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain("standard input"));
            Assert.That(File.Exists(KeyFile), Is.False);
            Assert.That(systemctl.Changes, Is.Empty);
        });
    }

    [Test]
    public async Task No_key_keeps_the_old_one()
    {
        Directory.CreateDirectory(Credentials);
        File.WriteAllText(KeyFile, "the-old-key");
        using var systemctl = new FakeSystemctl(new Dictionary<string, string>(), new Dictionary<string, TimeSpan>());

        var run = await EnrolAsync(systemctl, [], "\n");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(File.ReadAllText(KeyFile), Is.EqualTo("the-old-key"));
            Assert.That(systemctl.Changes, Is.Empty);
        });
    }

    private Task<ToolResult> EnrolAsync(FakeSystemctl systemctl, string[] arguments, string input) =>
        Tool.RunAsync("/bin/bash", [Enrol, .. arguments], input: input, environment: new Dictionary<string, string>
        {
            ["PATH"] = $"{systemctl.Folder}:{Environment.GetEnvironmentVariable("PATH")}",
            ["KIOSK_CREDENTIALS_DIR"] = Credentials,
        });
}
