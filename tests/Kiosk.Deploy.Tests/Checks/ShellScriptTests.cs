namespace Kiosk.Deploy.Tests.Checks;

/// <summary>Every shell script a clinic's IT person or CI runs passes shellcheck with no finding at all.</summary>
public sealed class ShellScriptTests
{
    private static IEnumerable<string> Scripts() =>
        Repo.DeployFiles(".sh").Concat(["kiosk", ".ci/run"]);

    [Test]
    public void Deploy_has_scripts_to_check() =>
        Assert.That(Repo.DeployFiles(".sh"), Is.Not.Empty, "deploy/ should hold the install scripts.");

    [TestCaseSource(nameof(Scripts))]
    public async Task Script_passes_shellcheck(string script)
    {
        var shellcheck = Tool.Require("/usr/bin/shellcheck", "shellcheck");
        // -x follows sourced files; --severity=style reports everything shellcheck knows.
        var result = await Tool.RunAsync(shellcheck, ["-x", "--severity=style", "--format=gcc", script]);
        Assert.That(result.ExitCode, Is.Zero, result.Output);
    }
}
