namespace Kiosk.Deploy.Tests.Server;

/// <summary>
/// docs/install.md's upgrade and rollback, performed on the published hub: a backup by the running version,
/// the new release laid out beside the old one, and rollback.sh going back to the old release with the
/// database as it was before the upgrade.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class UpgradeRollbackTests
{
    [Test]
    public async Task A_failed_upgrade_goes_back_to_the_earlier_release_and_its_database()
    {
        await using var server = await InstalledServer.LayOutAsync();
        var home = Path.Combine(server.Prefix, "opt", "lobby-hub");
        var first = await File.ReadAllTextAsync(Path.Combine(home, "current", "VERSION"));
        await server.StartHubAsync();
        await Succeeds(server.LobbyHubAsync(["admin", "create-user", "on-the-first-release", "--role", "reception"], "a-long-enough-password-1\n"));

        // What install.sh does when it finds the hub running, with the next release's bundle.
        await Succeeds(Tool.RunAsync(Repo.Full("deploy/server/upgrade-backup.sh"), [], environment: server.Wrapper));
        var next = NextRelease(server.Scratch);
        await Succeeds(Tool.RunAsync(Repo.Full("deploy/server/layout.sh"), [server.Prefix, next, InstalledServer.Name], environment: server.Wrapper));
        Assert.That(File.ReadAllText(Path.Combine(home, "current", "VERSION")).Trim(), Is.EqualTo("next"));
        Assert.That(File.ReadAllText(Path.Combine(home, "previous", "VERSION")), Is.EqualTo(first));
        await server.StopHubAsync();
        await server.StartHubAsync();
        await Succeeds(server.LobbyHubAsync(["admin", "create-user", "on-the-next-release", "--role", "reception"], "a-long-enough-password-2\n"));

        await server.StopHubAsync();
        var rollback = await Tool.RunAsync(Path.Combine(home, "current", "deploy", "server", "rollback.sh"), [],
            environment: new Dictionary<string, string>(server.Wrapper) { ["SYSTEMCTL"] = "true" });
        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        await server.StartHubAsync();

        Assert.That(File.ReadAllText(Path.Combine(home, "current", "VERSION")), Is.EqualTo(first));
        var users = (await server.LobbyHubAsync(["admin", "list"])).Output;
        Assert.That(users, Does.Contain("on-the-first-release"));
        Assert.That(users, Does.Not.Contain("on-the-next-release"), "the earlier release runs on the database from before the upgrade");
        Assert.That(Directory.GetFiles(Path.Combine(server.Prefix, "var", "lib", "lobby-hub"), "hub.db.before-restore-*"), Has.Length.EqualTo(1),
            "what the newer release wrote is kept, not thrown away");
    }

    [Test]
    public async Task Upgrades_keep_the_running_release_and_the_one_before_it_and_no_older()
    {
        await using var server = await InstalledServer.LayOutAsync();
        var home = Path.Combine(server.Prefix, "opt", "lobby-hub");
        var first = (await File.ReadAllTextAsync(Path.Combine(home, "current", "VERSION"))).Trim();

        foreach (var version in new[] { "next", "after-next" })
        {
            await Succeeds(Tool.RunAsync(Repo.Full("deploy/server/layout.sh"), [server.Prefix, NextRelease(server.Scratch, version), InstalledServer.Name], environment: server.Wrapper));
        }

        Assert.That(Directory.GetDirectories(Path.Combine(home, "releases")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "next", "after-next" }),
            $"{first} is two releases back");
        Assert.That(File.ReadAllText(Path.Combine(home, "previous", "VERSION")).Trim(), Is.EqualTo("next"));
    }

    /// <summary>The same bundle under another version name: what the next ./kiosk publish would make.</summary>
    private static string NextRelease(string scratch, string version = "next")
    {
        var next = Path.Combine(scratch, $"{version}-bundle");
        foreach (var part in new[] { "hub", "content", "deploy", "docs" })
        {
            CopyFolder(Path.Combine(Published.Bundle, part), Path.Combine(next, part));
        }

        File.WriteAllText(Path.Combine(next, "VERSION"), version + "\n");
        return next;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
    }

    private static async Task Succeeds(Task<ToolResult> run)
    {
        var result = await run;
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }
}
