using System.Text.RegularExpressions;

namespace Kiosk.Deploy.Tests.Checks;

/// <summary>
/// The hub's container files. No Docker engine runs on the test machine, so the image is not built here:
/// the compose file is checked by docker-compose itself, and the Dockerfile against the bundle it is built from.
/// </summary>
public sealed partial class ContainerTests
{
    private static string Dockerfile => File.ReadAllText(Repo.Full("deploy/containers/Dockerfile"));

    [Test]
    public async Task The_compose_file_is_valid_and_keeps_postgres_and_redis_for_the_several_nodes_profile()
    {
        var compose = Tool.Require("/usr/bin/docker-compose", "docker-compose");
        var folder = Repo.Full("deploy/containers");
        var config = await Tool.RunAsync(compose, ["--env-file", Path.Combine(folder, ".env.example"), "-f", Path.Combine(folder, "compose.yaml"), "config"], workingDirectory: folder);

        Assert.That(config.ExitCode, Is.Zero, config.ToString());
        foreach (var service in new[] { "postgres", "redis" })
        {
            var block = config.StandardOutput[config.StandardOutput.IndexOf($"  {service}:", StringComparison.Ordinal)..];
            Assert.That(block, Does.Match(@"^  \w+:\n(    .*\n|\s*\n)*?    profiles:\n    - several-nodes"), $"{service} starts only with --profile several-nodes");
        }
    }

    [Test]
    public async Task The_hub_container_runs_read_only_without_capabilities_and_without_new_privileges()
    {
        var compose = Tool.Require("/usr/bin/docker-compose", "docker-compose");
        var folder = Repo.Full("deploy/containers");
        var config = await Tool.RunAsync(compose, ["--env-file", Path.Combine(folder, ".env.example"), "-f", Path.Combine(folder, "compose.yaml"), "config"], workingDirectory: folder);
        var hub = config.StandardOutput[config.StandardOutput.IndexOf("  hub:", StringComparison.Ordinal)..config.StandardOutput.IndexOf("  proxy:", StringComparison.Ordinal)];

        Assert.That(hub, Does.Contain("read_only: true"));
        Assert.That(hub, Does.Contain("cap_drop:\n    - ALL"));
        Assert.That(hub, Does.Contain("no-new-privileges:true"));
        Assert.That(hub, Does.Contain("Hub__TrustedProxies__0: 172.28.0.10"), "the proxy's fixed address is the only one the hub believes");
        Assert.That(config.StandardOutput, Does.Contain("ipv4_address: 172.28.0.10"));
    }

    [Test]
    public void The_image_runs_as_a_numbered_user_that_is_not_root_and_checks_its_health_with_the_hub_itself()
    {
        var user = UserLine().Match(Dockerfile);
        Assert.That(user.Success, Is.True, "a USER line");
        Assert.That(int.Parse(user.Groups["uid"].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
        Assert.That(Dockerfile, Does.Contain("""CMD ["/opt/lobby-hub/hub/Kiosk.Hub", "healthcheck"]"""));
    }

    [Test]
    public void Everything_the_image_copies_is_in_the_published_bundle_it_is_built_from()
    {
        var bundle = Published.Bundle;
        var sources = CopyLine().Matches(Dockerfile).Select(m => m.Groups["source"].Value).ToList();

        Assert.That(sources, Is.Not.Empty);
        Assert.That(sources.Where(s => !Path.Exists(Path.Combine(bundle, s))), Is.Empty, $"missing from {bundle}");
        Assert.That(File.Exists(Path.Combine(bundle, "deploy", "containers", "Dockerfile")), Is.True, "compose builds from the bundle's own copy");
    }

    [GeneratedRegex(@"^USER (?<uid>\d+)(:\d+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex UserLine();

    [GeneratedRegex(@"^COPY (--\S+ )*(?<source>\S+) \S+\s*$", RegexOptions.Multiline)]
    private static partial Regex CopyLine();
}
