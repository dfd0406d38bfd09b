using System.Runtime.InteropServices;

namespace Kiosk.Deploy.Tests;

/// <summary>The bundle ./kiosk publish made for this machine's processor: what a clinic installs.</summary>
public static class Published
{
    public static string Rid => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    /// <summary>out/publish/&lt;rid&gt; (or KIOSK_PUBLISHED); fails saying how to make it when it is not there.</summary>
    public static string Bundle
    {
        get
        {
            var bundle = Environment.GetEnvironmentVariable("KIOSK_PUBLISHED") is { Length: > 0 } set
                ? set
                : Path.Combine(Repo.Root, "out", "publish", Rid);
            Assert.That(File.Exists(Path.Combine(bundle, "hub", "Kiosk.Hub")), Is.True,
                $"No published bundle at {bundle}: `./kiosk test` publishes it first, or run `./kiosk publish --rid {Rid}`.");
            return bundle;
        }
    }

    /// <summary>How long a start-up may take before a test gives up: KIOSK_START_WAIT seconds, as ./kiosk demo.</summary>
    public static TimeSpan StartWait =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KIOSK_START_WAIT"), out var s) && s > 0 ? s : 120);
}
