namespace Kiosk.Deploy.Tests.Server;

/// <summary>
/// docs/install.md's restore procedure, performed: a backup taken by the published hub while it runs, a
/// restore refused while the hub still runs, then stop, restore, start, and the hub has what the backup had.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BackupRestoreTests
{
    [Test]
    public async Task A_backup_taken_while_the_hub_runs_is_restored_by_the_documented_procedure()
    {
        await using var server = await InstalledServer.LayOutAsync();
        await server.StartHubAsync();
        await Succeeds(server, ["admin", "create-user", "before-backup", "--role", "reception"], input: "a-long-enough-password-1\n");

        var backup = await Succeeds(server, ["backup"]);
        var backups = Path.Combine(server.Prefix, "var", "backups", "lobby-hub");
        var file = Directory.GetFiles(backups, "hub-*.db").Single();
        Assert.That(backup.Output, Does.Contain(file));
        Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        await Succeeds(server, ["admin", "create-user", "after-backup", "--role", "reception"], input: "a-long-enough-password-2\n");

        var whileRunning = await server.LobbyHubAsync(["restore", file]);
        Assert.That(whileRunning.ExitCode, Is.EqualTo(1));
        Assert.That(whileRunning.Output, Does.Contain("The hub is running").And.Contain("Stop it first"));

        await server.StopHubAsync();
        var restored = await Succeeds(server, ["restore", file]);
        Assert.That(restored.Output, Does.Contain("before-restore"));
        await server.StartHubAsync();

        var users = (await Succeeds(server, ["admin", "list"])).Output;
        Assert.That(users, Does.Contain("before-backup"));
        Assert.That(users, Does.Not.Contain("after-backup"), "the database is the backup's, not the one it replaced");
    }

    [Test]
    public async Task The_server_wrapper_checks_the_installed_clinic_file_against_the_releases_languages()
    {
        await using var server = await InstalledServer.LayOutAsync();

        var check = await server.LobbyHubAsync(["clinic", "check", Path.Combine(server.Prefix, "etc", "lobby-hub", "clinic.json")]);
        var missing = await server.LobbyHubAsync(["clinic", "check", "no-such-clinic.json"]);

        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        Assert.That(missing.ExitCode, Is.Not.Zero);
        Assert.That(missing.Output, Does.Contain(Path.Combine(Repo.Root, "no-such-clinic.json")), "a file named by the admin is found where they typed the command");
    }

    private static async Task<ToolResult> Succeeds(InstalledServer server, string[] arguments, string? input = null)
    {
        var result = await server.LobbyHubAsync(arguments, input);
        Assert.That(result.ExitCode, Is.Zero, $"lobby-hub {string.Join(' ', arguments)}: {result}");
        return result;
    }
}
